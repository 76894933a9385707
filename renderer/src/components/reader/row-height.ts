/** A first guess at one row's height in the conversation and search lists, px; drawn rows are measured. */
export const ROW_HEIGHT = 116;
