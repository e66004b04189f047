// Which status transitions between two refreshes deserve the bell or a desktop
// notification. Pure: the reducer calls it on each refresh and queues the result as
// terminal effects; only the app's edge writes bytes.
import type {Run} from '../domain/run.js';

/** `--bell`: off, on failures, or on failures and runs entering review. */
export const BELL_MODES = ['off', 'failed', 'review'] as const;
/** When the bell rings. */
export type BellMode = (typeof BELL_MODES)[number];

/** What the user asked to be alerted by. */
export type AlertSettings = {readonly bell: BellMode; readonly notify: boolean};

/** Alerts off: the default. */
export const NO_ALERTS: AlertSettings = {bell: 'off', notify: false};

/** What one refresh should do: ring once, and/or notify with one line. */
export type Alert = {readonly bell: boolean; readonly notify: string | null};

function alertStatuses(settings: AlertSettings): readonly string[] {
  // --notify on its own reports failures, like the bell's default.
  return settings.bell === 'review' ? ['failed', 'review'] : ['failed'];
}

/**
 * Runs that entered an alerting status since the previous refresh: a run seen before with
 * another status, or (on the first page) a run newer than every run seen before. Runs
 * shifted in from another page are not news.
 */
export function enteredRuns(
  previous: readonly Run[],
  fresh: readonly Run[],
  offset: number,
  statuses: readonly string[],
): readonly Run[] {
  if (previous.length === 0) return [];
  const before = new Map(previous.map((run) => [run.id, run.status]));
  const newest = Math.max(...previous.map((run) => run.createdAt));
  return fresh.filter((run) => {
    if (!statuses.includes(run.status)) return false;
    const old = before.get(run.id);
    return old === undefined ? offset === 0 && run.createdAt > newest : old !== run.status;
  });
}

function describe(runs: readonly Run[], flowNames: ReadonlyMap<string, string>): string {
  const failed = runs.filter((run) => run.status === 'failed');
  const review = runs.filter((run) => run.status === 'review');
  const first = runs[0];
  if (runs.length === 1 && first !== undefined) {
    const flow = flowNames.get(first.flowId) ?? first.flowId;
    const what = first.status === 'failed' ? 'failed' : 'is waiting for review';
    return `TableFlow run ${first.id} (${flow}) ${what}`;
  }
  const parts = [
    failed.length > 0 ? `${failed.length} failed` : '',
    review.length > 0 ? `${review.length} waiting for review` : '',
  ].filter((part) => part !== '');
  return `TableFlow runs: ${parts.join(', ')}`;
}

/** The alert for one refresh, or null when nothing rings. Never more than one bell. */
export function alertFor(
  previous: readonly Run[],
  fresh: readonly Run[],
  offset: number,
  settings: AlertSettings,
  flowNames: ReadonlyMap<string, string>,
): Alert | null {
  if (settings.bell === 'off' && !settings.notify) return null;
  const entered = enteredRuns(previous, fresh, offset, alertStatuses(settings));
  if (entered.length === 0) return null;
  return {
    bell: settings.bell !== 'off',
    notify: settings.notify ? describe(entered, flowNames) : null,
  };
}
