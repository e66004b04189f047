// The shapes of the explorer state's parts: the search bar, the flow picker, footer
// messages, terminal effects, counts, load errors and the detail pane. Declared apart from
// state.ts (which re-exports them) so it stays readable; this module imports no slice.
import type {ApiErrorKind} from '../api/errors.js';
import type {Run, RunDetail} from '../domain/run.js';

/** From this width on, the detail pane sits beside the list instead of replacing it. */
export const WIDE_COLUMNS = 140;

/** The search bar: the query, and whether keys still go to it (false once Enter kept it). */
export type SearchState = {readonly query: string; readonly editing: boolean};

/** One flow picker choice: `value` is the flow id, empty for all flows; `find` is what a search matches. */
export type FlowChoice = {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  /** Name and id in lower case. */
  readonly find: string;
};

/** The open picker: its choices, fixed while it is open, and where the user is in them. */
export type PickerState = {
  /** Every choice, "All flows" first. */
  readonly choices: readonly FlowChoice[];
  /** The choices matching the search: `choices` itself without one. */
  readonly shown: readonly FlowChoice[];
  /** The highlighted choice, in `shown`. */
  readonly index: number;
  /** The first row on screen, in `shown`. */
  readonly top: number;
  /** The search (case-insensitive, on name and id); '' for none. */
  readonly query: string;
  /** Keys go to the search. */
  readonly editing: boolean;
};

/** A flow's run count, as the picker shows it: null when the API would not tell; `at` is when it came. */
export type FlowCount = {readonly total: number | null; readonly at: number};

/** A profile of the config file, as the profile picker lists it. */
export type ProfileEntry = {
  readonly name: string;
  /** What to show beside the name (its API host); '' when it cannot be told before use. */
  readonly detail: string;
};

/** The config's profiles, the one in use, and the open picker (`P`). */
export type ProfilesState = {
  readonly entries: readonly ProfileEntry[];
  /** The profile in use; null when none is (no config, or no default profile). */
  readonly current: string | null;
  /** What `P` says when there is no profile to switch to. */
  readonly none: string;
  /** The open picker: the highlighted entry, the one being connected to, its failure. */
  readonly picker: {
    readonly index: number;
    readonly connecting: string | null;
    readonly error: string | null;
  } | null;
};

/** A short confirmation or warning in the footer, until `until` (epoch ms). */
export type Message = {
  readonly text: string;
  readonly tone: 'info' | 'warning';
  readonly until: number;
};

/** What to do at the terminal besides drawing the frame. */
export type EffectBody =
  | {readonly kind: 'bell'}
  | {readonly kind: 'notify'; readonly text: string}
  | {readonly kind: 'copy'; readonly text: string}
  /** Hand the terminal back to the shell and stop (Ctrl-Z). */
  | {readonly kind: 'suspend'}
  /** Draw the whole screen again (Ctrl-L). */
  | {readonly kind: 'redraw'};

/** An effect with its id: the app's edge carries out each once, in id order. */
export type Effect = {readonly id: number} & EffectBody;

/** Needs-attention totals for the current flow filter, from `limit=1` requests. */
export type Counts = {
  readonly flowId: string | null;
  readonly review: number;
  readonly failed: number;
};

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

/**
 * How the open detail came to show its run: Enter on the list, the split view following
 * the selection, or the `:` prompt (a run that need not be on the page).
 */
export type DetailOrigin = 'open' | 'follow' | 'jump';

/** The open detail pane. */
export type DetailState = {
  readonly id: string;
  readonly via: DetailOrigin;
  /** The run as the list showed it when the pane opened, shown until the detail lands. */
  readonly row: Run;
  /** The last fetched detail; null until the first fetch lands. */
  readonly run: RunDetail | null;
  readonly error: LoadError | null;
  /** First visible line. */
  readonly scroll: number;
  /** The largest scroll the pane's content allows at the current size (`detail-measured`). */
  readonly maxScroll: number;
};

/** A detail fetched earlier, kept so the split view shows it at once when the cursor returns. */
export type CachedDetail = {
  readonly detail: RunDetail;
  /** The list's generation when it landed: `r` (a new one) fetches it again. */
  readonly generation: number;
};

/** The `:` prompt: a run id typed or pasted, then fetched. */
export type GotoState = {
  readonly text: string;
  /** The id being fetched; null while the user types. */
  readonly pending: string | null;
  /** Counts the submits, so a result is only taken for the one it answers. */
  readonly attempt: number;
  /** Why the last submit did not open a run (malformed id, no such run, an error). */
  readonly problem: string | null;
};

/** The columns the page can be sorted by, left to right as the list shows them. */
export const SORT_COLUMNS = ['status', 'flow', 'trigger', 'age', 'duration'] as const;

/** A column the page can be sorted by. */
export type SortColumn = (typeof SORT_COLUMNS)[number];

/** How the loaded page is ordered: `age` not inverted is the API's own order. */
export type SortState = {readonly by: SortColumn; readonly inverted: boolean};
