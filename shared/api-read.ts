// The read area's operations (filled in by its issue). Method names are 'area.verb'.
import type { ShapesOf } from './api-shape';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the area lands
export interface ReadMethods {}

export const READ_SHAPES = {} as const satisfies ShapesOf<ReadMethods>;
