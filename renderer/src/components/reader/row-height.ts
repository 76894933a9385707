/** Height of one row in the conversation and search lists, px (the CSS clamps rows to fit it). */
export const ROW_HEIGHT = 116;
