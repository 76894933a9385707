// The shapes of Api argument objects, checked at every trust boundary (IPC, HTTP, CLI) by validateArgs.
// Each area's contract file declares its methods' types and, beside them, their argument shapes.

/** Longest entry of a string[] field. */
export const MAX_LIST_ENTRY = 500;

export type Field =
  | { type: 'string'; optional?: boolean; /** longest accepted */ max?: number }
  | { type: 'number'; optional?: boolean; min?: number; max?: number }
  /** A whole number: counts, limits, days, minutes (1.5 items or 0.001 minutes means nothing, or worse). */
  | { type: 'integer'; optional?: boolean; min?: number; max?: number }
  | { type: 'boolean'; optional?: boolean }
  | { type: 'string[]'; optional?: boolean; /** most entries */ max?: number }
  | { type: 'enum'; optional?: boolean; values: readonly string[] };

export type Shape = Record<string, Field>;

/** A record of argument shapes, one per method of M. */
export type ShapesOf<M> = { [K in keyof M]: Shape };

export const idField = { type: 'string', max: 200 } as const satisfies Field;
export const noArgs = {} as const satisfies Shape;
