// The detail pane's lines, laid out once per change of what they show (not per scroll),
// and the scroll limits of the detail and the help, measured and told to the reducer.
import {useEffect, useMemo, type Dispatch} from 'react';
import type {Action} from '../../explorer/actions.js';
import {helpSections} from '../../explorer/keymap/keymap.js';
import {bodyHeight, detailWidth} from '../../explorer/layout.js';
import type {State} from '../../explorer/state.js';
import type {Symbols} from '../theme.js';
import {detailLines} from '../views/detail-lines.js';
import {helpMaxScroll} from '../views/help-overlay.js';
import type {Line} from '../views/line.js';
import {maxPaneScroll} from '../views/run-detail.js';

/** The open detail's lines (none when closed); dispatches the detail's and help's scroll limits. */
export function usePaneLines(
  state: State,
  dispatch: Dispatch<Action>,
  symbols: Symbols,
  links: boolean,
): readonly Line[] {
  const width = detailWidth(state);
  const height = bodyHeight(state);
  // Not keyed on the scroll: a key that scrolls must not lay the whole run out again.
  const row = state.detail?.row ?? null;
  const fetched = state.detail?.run ?? null;
  const failure = state.detail?.error ?? null;
  const {flowNames, now, utc, stuckAfterMs} = state;
  const lines = useMemo(
    () =>
      row === null
        ? []
        : detailLines({
            run: row,
            detail: fetched,
            flowName: flowNames.get(row.flowId) ?? null,
            now,
            width,
            loading: fetched === null && failure === null,
            error: failure?.message ?? null,
            symbols,
            utc,
            stuckAfterMs,
            links,
          }),
    [row, fetched, failure, flowNames, now, width, symbols, utc, stuckAfterMs, links],
  );
  const maxScroll = maxPaneScroll(lines.length, height);
  // Told again for each run the pane moves to: the reducer keeps the last limit until then.
  const id = row?.id ?? null;
  useEffect(() => dispatch({type: 'detail-measured', maxScroll}), [maxScroll, id, dispatch]);
  const helpScroll = state.help ? helpMaxScroll(helpSections(), state.columns, height) : 0;
  useEffect(() => dispatch({type: 'help-measured', maxScroll: helpScroll}), [helpScroll, dispatch]);
  return lines;
}
