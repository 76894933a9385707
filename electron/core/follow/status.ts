// The ledger's one rule: a forward moves forward (open → answered → customer told → closed, skipping allowed);
// going back is refused, except reopening (back to open) when the loop turns out not to be closed.
import { ApiError } from '../../../shared/api';
import { FORWARD_STATUSES, FORWARD_STATUS_WORDS, type ForwardStatus } from '../../../shared/follow';

export function isForwardStatus(value: unknown): value is ForwardStatus {
  return typeof value === 'string' && (FORWARD_STATUSES as readonly string[]).includes(value);
}

/** Null when the move is allowed; otherwise the plain sentence explaining why not. */
export function statusProblem(from: ForwardStatus, to: ForwardStatus): string | null {
  if (from === to || to === 'open') return null;
  if (FORWARD_STATUSES.indexOf(to) > FORWARD_STATUSES.indexOf(from)) return null;
  return (
    `This follow-up is already “${FORWARD_STATUS_WORDS[from].toLowerCase()}”, so it can't go back to ` +
    `“${FORWARD_STATUS_WORDS[to].toLowerCase()}”. Reopen it first if there is more to do.`
  );
}

export function checkStatusMove(from: ForwardStatus, to: ForwardStatus): void {
  const problem = statusProblem(from, to);
  if (problem) throw new ApiError(problem, 'invalid');
}
