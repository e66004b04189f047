// What sits between header and footer: the help overlay, a notice (loading, empty, auth,
// first-load failure), or the run list with the detail pane beside it or in its place.
import {useMemo} from 'react';
import {Box} from 'ink';
import {footerHints, helpSections} from '../explorer/keymap/keymap.js';
import {emptyHint, emptyText, visibleRuns} from '../explorer/selectors.js';
import {detailWidth, isWide, paneWidths} from '../explorer/layout.js';
import type {State} from '../explorer/state.js';
import {shownRuns} from '../explorer/matches.js';
import {healthStatus} from '../explorer/health-selectors.js';
import {FlowPicker} from './views/flow-picker.js';
import {HealthView} from './views/health-view.js';
import {ProfilePicker} from './views/profile-picker.js';
import {HelpOverlay} from './views/help-overlay.js';
import type {Line} from './views/line.js';
import type {Clock} from './hooks/use-clock.js';
import {AuthNotice, EmptyState, FirstLoad, LoadFailure} from './views/notice.js';
import {RunDetailPane} from './views/run-detail.js';
import {RunList} from './views/run-list.js';

/** Props of the body. */
export type BodyProps = {
  readonly state: State;
  /** The API host, for the loading and failure notices. */
  readonly host: string;
  /** The detail pane's content, measured by the app. */
  readonly lines: readonly Line[];
  readonly height: number;
  /** The time the run list's rows show. */
  readonly clock: Clock;
};

/** The body of the screen, never taller than `height`. */
export function Body({state, host, lines, height, clock}: BodyProps) {
  // Fresh changes are marked for a few seconds; unseen ones until the user selects them.
  const changedIds = useMemo(
    () => new Set([...state.changed.keys(), ...state.unseen]),
    [state.changed, state.unseen],
  );
  const {stuckAfterMs, timeFormat, utc} = state;
  const options = useMemo(
    () => ({stuckAfterMs, absolute: timeFormat === 'absolute', utc}),
    [stuckAfterMs, timeFormat, utc],
  );
  const widths = paneWidths(state);
  const content = (() => {
    if (state.help)
      return (
        <HelpOverlay
          sections={helpSections()}
          width={state.columns}
          height={height}
          scroll={state.helpScroll}
        />
      );
    if (state.profiles.picker !== null)
      return (
        <ProfilePicker
          profiles={state.profiles}
          width={state.columns}
          height={height}
          hints={footerHints('profiles')}
        />
      );
    if (state.health.open)
      return (
        <HealthView
          board={state.health.board}
          flowNames={state.flowNames}
          status={healthStatus(state)}
          cursor={state.health.cursor}
          top={state.health.top}
          width={state.columns}
          height={height}
        />
      );
    if (state.picker !== null)
      return (
        <FlowPicker
          picker={state.picker}
          width={state.columns}
          height={height}
          hints={footerHints('flows')}
          counts={state.flowCounts}
        />
      );
    const error = state.error;
    // A key rejected from the start gets the full explanation; once there is data, the
    // header carries the error and the data stays.
    if (error?.kind === 'auth' && state.pagination === null)
      return <AuthNotice status={error.status} width={state.columns} />;
    if (state.pagination === null)
      return error === null ? (
        <FirstLoad host={host} width={state.columns} />
      ) : (
        <LoadFailure
          host={host}
          message={error.message}
          retryAt={error.retryAt}
          now={state.now}
          width={state.columns}
        />
      );
    if (state.runs.length === 0)
      return (
        <EmptyState message={emptyText(state)} hint={emptyHint(state)} width={state.columns} />
      );
    if (state.search !== null && shownRuns(state).length === 0)
      return (
        <EmptyState
          message={`No run on this page matches "${state.search.query}"`}
          hint="Esc clears the search; ←→ search other pages."
          width={state.columns}
        />
      );
    const detail =
      state.detail === null ? null : (
        <RunDetailPane
          lines={lines}
          scroll={state.detail.scroll}
          height={height}
          width={detailWidth(state)}
        />
      );
    return (
      <>
        {widths.list > 0 ? (
          <RunList
            runs={visibleRuns(state)}
            selectedId={state.selectedId}
            changedIds={changedIds}
            flowNames={state.flowNames}
            clock={clock}
            width={widths.list}
            query={state.search?.query ?? ''}
            options={options}
            sort={state.sort}
            marked={state.marked}
          />
        ) : null}
        {detail !== null && isWide(state) ? (
          <Box
            borderStyle="single"
            borderTop={false}
            borderRight={false}
            borderBottom={false}
            borderDimColor
            paddingLeft={1}
          >
            {detail}
          </Box>
        ) : (
          detail
        )}
      </>
    );
  })();
  return (
    <Box height={height} flexShrink={0} overflowY="hidden">
      {content}
    </Box>
  );
}
