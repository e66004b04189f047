// What the header shows, for the run list or the health view: the same title line and
// error lines, with the status tabs or the window tabs, and each view's own refresh state.
import {HEALTH_INTERVAL_MS, isHealthLive, windowTabs} from '../explorer/health-selectors.js';
import {healthHeaderError} from '../explorer/health-layout.js';
import {intervalText} from '../explorer/intervals.js';
import {headerError} from '../explorer/layout.js';
import {flowName, isLive, newerText, sortText} from '../explorer/selectors.js';
import type {State} from '../explorer/state.js';
import type {Attention, HeaderProps} from './views/header.js';

/** The header's props for `state`; `attention` is memoised by the app. */
export function headerProps(state: State, host: string, attention: Attention): HeaderProps {
  if (state.health.open) {
    const {health} = state;
    const error = healthHeaderError(state);
    const live = isHealthLive(state);
    return {
      host,
      status: null,
      flowName: null,
      loading: health.requestedAt !== null,
      paused: state.paused,
      updatedAt: health.loadedAt,
      error,
      now: live && error === null ? 0 : state.now,
      width: state.columns,
      interval: intervalText(state.intervalMs === 0 ? 0 : HEALTH_INTERVAL_MS),
      live,
      // The list's counts follow its flow filter; the view's own lines say it all.
      tabs: windowTabs(state),
    };
  }
  const error = headerError(state);
  const live = isLive(state);
  return {
    host,
    status: state.filter === 'all' ? null : state.filter,
    flowName: state.flowId === null ? null : flowName(state, state.flowId),
    loading: state.requestedAt !== null,
    paused: state.paused,
    updatedAt: state.loadedAt,
    error,
    // The header shows the time only when it says how old the data is or when it retries.
    now: live && error === null ? 0 : state.now,
    width: state.columns,
    interval: intervalText(state.intervalMs),
    live,
    attention,
    search: state.search === null || state.search.editing ? null : state.search.query,
    sort: sortText(state),
    newer: newerText(state),
  };
}
