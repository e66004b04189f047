import {test} from 'node:test';
import assert from 'node:assert/strict';
import {footerHints} from '../../../source/explorer/keymap/keymap.js';
import type {GotoState} from '../../../source/explorer/state.js';
import {GotoBar} from '../../../source/tui/views/goto-bar.js';
import {assertFits, frameLines} from '../../helpers/ui-frame.js';

const bar = (goto: Partial<GotoState>, width: number) =>
  frameLines(
    <GotoBar
      goto={{text: '', pending: null, attempt: 0, problem: null, ...goto}}
      hints={footerHints('goto')}
      width={width}
    />,
    width,
  );

test('the empty prompt says what to type, and its keys', async () => {
  const [line] = await bar({}, 120);
  assert.match(line ?? '', /^:\S? {2}run id .* {2}Enter open {2}Esc cancel {2}\^U erase$/);
});

test('a long id keeps its end (where typing goes) and, once refused, the reason shows at 60 columns', async () => {
  const text = 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(3);
  const [typing] = await bar({text}, 60);
  assert.match(typing ?? '', /^….*wxyz0123456789.$/);
  const lines = await bar({text, problem: 'Not a run id: 108 characters is more than any'}, 60);
  assert.match(lines[0] ?? '', /^…\S+▏ {2}Not a run id: 108/);
  assertFits(lines, 60);
  const [fetching] = await bar({text: 'fr_abc123def456', pending: 'fr_abc123def456'}, 60);
  assert.match(fetching ?? '', /^:fr_abc123def456 {2}fetching run fr_abc123def456…/);
});
