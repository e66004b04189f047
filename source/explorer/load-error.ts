// A failed request as the explorer keeps it: what went wrong, when, and when the next
// automatic attempt is due. Shared by the list, the detail and the health view.
import type {ApiError, ApiErrorKind} from '../api/errors.js';

/** A failed request, as the header shows it. */
export type LoadError = {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly message: string;
  /** Epoch ms of the failure. */
  readonly at: number;
  /** Epoch ms of the next automatic retry; null when none is scheduled (auth, paused). */
  readonly retryAt: number | null;
};

/** A failed request as the state keeps it: no retry scheduled yet. */
export function toLoadError(error: ApiError, now: number): LoadError {
  return {kind: error.kind, status: error.status, message: error.message, at: now, retryAt: null};
}
