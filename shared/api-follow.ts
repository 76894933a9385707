// The follow area's operations (filled in by its issue). Method names are 'area.verb'.
import type { ShapesOf } from './api-shape';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in as the area lands
export interface FollowMethods {}

export const FOLLOW_SHAPES = {} as const satisfies ShapesOf<FollowMethods>;
