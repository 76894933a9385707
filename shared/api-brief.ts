// The brief area's operations: the morning brief, built from the store and kept as it was shown.
import { idField, noArgs, type ShapesOf } from './api-shape';
import type { Brief, BriefListItem } from './brief';

type None = Record<string, never>;

export interface BriefMethods {
  /** The current brief: the latest one, or a new one when it is due (built and stored). */
  'brief.today': { args: None; result: Brief };
  /** For the morning routine: builds today's brief if it is due; `isNew` says whether one was just built. */
  'brief.ensureToday': { args: None; result: { brief: Brief; isNew: boolean } };
  /** Past briefs, newest first. */
  'brief.list': { args: { limit?: number }; result: BriefListItem[] };
  'brief.get': { args: { id: string }; result: Brief | null };
  'brief.markRead': { args: { id: string }; result: Brief };
  'brief.markdown': { args: { id: string }; result: { markdown: string } };
}

export const BRIEF_SHAPES = {
  'brief.today': noArgs,
  'brief.ensureToday': noArgs,
  'brief.list': { limit: { type: 'integer', optional: true, min: 1, max: 1000 } },
  'brief.get': { id: idField },
  'brief.markRead': { id: idField },
  'brief.markdown': { id: idField },
} as const satisfies ShapesOf<BriefMethods>;
