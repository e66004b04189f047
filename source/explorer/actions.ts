// Every transition of the explorer, as data. Imperatives are intents (keys); past tense are
// results (network, clock). Grouped by the slice of the reducer that handles them.
import type {ApiError} from '../api/errors.js';
import type {HealthData} from '../domain/health-data.js';
import type {Flow, KnownStatus, RunDetail, RunPage} from '../domain/run.js';
import type {Trouble} from '../domain/trouble.js';
import type {Key} from '../terminal/key-presses.js';
import type {MouseEvent} from '../terminal/mouse.js';
import type {Counts, Filter} from './state.js';

/** The list: selection, pages, filters, refreshing, the terminal's size. */
export type ListAction =
  | {readonly type: 'move'; readonly by: number}
  | {readonly type: 'move-to'; readonly to: 'first' | 'last'}
  | {readonly type: 'page-screen'; readonly by: 1 | -1}
  | {readonly type: 'cycle-filter'; readonly by: 1 | -1}
  | {readonly type: 'set-filter'; readonly filter: Filter}
  | {readonly type: 'set-flow'; readonly flowId: string | null}
  | {readonly type: 'turn-page'; readonly by: 1 | -1}
  /** `[` and `]`: the first or the last page. */
  | {readonly type: 'page-end'; readonly to: 'first' | 'last'}
  /** The go-to-page prompt (`#`): open it, edit it, go, or close it. */
  | {readonly type: 'page-prompt'; readonly edit: 'start' | 'erase' | 'clear' | 'go' | 'cancel'}
  | {readonly type: 'page-type'; readonly text: string}
  | {readonly type: 'refresh'}
  | {readonly type: 'resized'; readonly columns: number; readonly rows: number}
  /** `<` / `>`: sort the page by the column to the left or right. */
  | {readonly type: 'sort-by'; readonly by: 1 | -1}
  | {readonly type: 'sort-invert'};

/** What the network and the clock report. */
export type RefreshAction =
  | {readonly type: 'tick'; readonly now: number}
  | {readonly type: 'runs-requested'; readonly generation: number; readonly now: number}
  | {
      readonly type: 'runs-loaded';
      readonly generation: number;
      readonly page: RunPage;
      readonly now: number;
    }
  | {
      readonly type: 'runs-failed';
      readonly generation: number;
      readonly error: ApiError;
      readonly now: number;
    }
  | {readonly type: 'retry-scheduled'; readonly at: number}
  | {readonly type: 'flows-loaded'; readonly flows: readonly Flow[]}
  | ({readonly type: 'counts-loaded'} & Counts);

/** The detail pane and the help overlay. */
export type PaneAction =
  | {readonly type: 'open-detail'}
  | {readonly type: 'close-detail'}
  | {
      readonly type: 'scroll-detail';
      readonly by: number;
      readonly unit: 'line' | 'half' | 'screen' | 'all';
    }
  | {readonly type: 'detail-loaded'; readonly detail: RunDetail; readonly now: number}
  | {
      readonly type: 'detail-failed';
      readonly id: string;
      readonly error: ApiError;
      readonly now: number;
    }
  | {readonly type: 'detail-measured'; readonly maxScroll: number}
  | {readonly type: 'toggle-help'}
  | {readonly type: 'scroll-help'; readonly by: number}
  | {readonly type: 'help-measured'; readonly maxScroll: number};

/** The search bar. */
export type SearchAction =
  | {readonly type: 'search-start'}
  | {readonly type: 'search-input'; readonly text: string}
  | {readonly type: 'search-erase'}
  | {readonly type: 'search-clear-query'}
  | {readonly type: 'search-keep'}
  | {readonly type: 'search-cancel'}
  | {readonly type: 'next-match'; readonly by: 1 | -1};

/** The flow picker. */
export type PickerAction =
  | {readonly type: 'open-flow-picker'}
  | {readonly type: 'close-flow-picker'}
  | {readonly type: 'picker-move'; readonly by: number; readonly unit?: 'row' | 'screen' | 'all'}
  /** Null: the highlighted choice; a number: that choice (1-9 keys). */
  | {readonly type: 'picker-choose'; readonly index: number | null}
  | {readonly type: 'picker-search'; readonly edit: 'start' | 'stop' | 'erase' | 'clear'}
  | {readonly type: 'picker-type'; readonly text: string}
  /** A flow's run count ('' for all flows); null when the API refused to tell. */
  | {
      readonly type: 'flow-count-loaded';
      readonly flowId: string;
      readonly total: number | null;
      readonly now: number;
    };

/** The profile picker (`P`) and the reconnection it starts. */
export type ProfileAction =
  | {readonly type: 'open-profiles'}
  | {readonly type: 'close-profiles'}
  | {readonly type: 'profile-move'; readonly by: number}
  /** Null: the highlighted profile; a number: that one (1-9 keys). */
  | {readonly type: 'profile-choose'; readonly index: number | null}
  /** The edge connected to `name`: the explorer starts over with its filters and interval. */
  | {
      readonly type: 'profile-connected';
      readonly name: string;
      readonly status: KnownStatus | undefined;
      readonly flowId: string | undefined;
      readonly intervalMs: number;
      readonly limit: number;
      readonly now: number;
    }
  | {readonly type: 'profile-failed'; readonly name: string; readonly message: string};

/** The `:` prompt: a run id typed or pasted, fetched, and opened wherever the run is. */
export type GotoAction =
  | {readonly type: 'goto-start'}
  | {readonly type: 'goto-input'; readonly text: string}
  | {readonly type: 'goto-erase'}
  | {readonly type: 'goto-clear'}
  | {readonly type: 'goto-submit'}
  | {readonly type: 'goto-cancel'}
  | {
      readonly type: 'goto-loaded';
      readonly attempt: number;
      readonly detail: RunDetail;
      readonly now: number;
    }
  | {
      readonly type: 'goto-failed';
      readonly id: string;
      readonly attempt: number;
      readonly error: ApiError;
      readonly now: number;
    };

/** Triage: jumps to trouble, marks, copies. */
export type TriageAction =
  | {readonly type: 'jump'; readonly status: Trouble}
  | {readonly type: 'mark-seen'}
  /** Space: mark or unmark the selected run. */
  | {readonly type: 'toggle-mark'}
  /** Esc in the list: the search first, then the marks. */
  | {readonly type: 'clear-search-or-marks'}
  | {readonly type: 'copy'; readonly what: 'id' | 'json'};

/** Preferences, and requests for the terminal's edge. */
export type PrefsAction =
  | {readonly type: 'toggle-time'}
  | {readonly type: 'toggle-pause'}
  | {readonly type: 'step-interval'; readonly by: 1 | -1}
  /** Ctrl-Z and Ctrl-L: work for the terminal's edge, queued as effects. */
  | {readonly type: 'suspend'}
  | {readonly type: 'redraw'};

/** The health view: keys, and what its sync reports. */
export type HealthAction =
  | {readonly type: 'toggle-health'}
  | {readonly type: 'cycle-window'; readonly by: 1 | -1}
  | {readonly type: 'health-move'; readonly by: number; readonly unit: 'line' | 'screen' | 'all'}
  /** Enter: the run list, filtered to the selected flow (all flows from the total). */
  | {readonly type: 'health-open-flow'}
  | {readonly type: 'health-refresh'}
  | {readonly type: 'health-requested'; readonly generation: number; readonly now: number}
  /** A page of the first load: partial data, for the progress line. */
  | {
      readonly type: 'health-progress' | 'health-loaded';
      readonly generation: number;
      readonly data: HealthData;
      readonly now: number;
    }
  | {
      readonly type: 'health-failed';
      readonly generation: number;
      readonly error: ApiError;
      readonly now: number;
    }
  | {readonly type: 'health-retry-scheduled'; readonly at: number};

/** Every transition. */
export type Action =
  | {readonly type: 'press'; readonly input: string; readonly key: Key}
  /** A mouse report, at `now` (a second click soon after is a double click). */
  | {readonly type: 'mouse'; readonly event: MouseEvent; readonly now: number}
  | ListAction
  | RefreshAction
  | PaneAction
  | SearchAction
  | PickerAction
  | GotoAction
  | TriageAction
  | ProfileAction
  | PrefsAction
  | HealthAction;
