import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {e2eWorld} from '../helpers/e2e-world.js';
import {spawnCli, type Screen} from '../helpers/terminal.js';

// The split view's preview and the `:` prompt in the built CLI, in a real pseudo-terminal
// against a frozen simulated workspace, read back through a terminal emulator.

const world = e2eWorld({seed: 9, live: false});

function launch(cols: number, rows: number): Screen {
  const screen = spawnCli(['--interval', '0'], {
    cols,
    rows,
    env: {TABLEFLOW_BASE_URL: world.sim.url, TABLEFLOW_API_KEY: world.sim.key},
  });
  world.open.push(screen);
  return screen;
}

const ids = (): string[] => world.sim.world.runs().map((run) => run.id);
const selectedRow = (screen: Screen): string =>
  screen.lines().find((line) => line.startsWith('›')) ?? '';
// The preview's title: the first row right of the border holding a run id and a status.
const previewTitle = (screen: Screen): string =>
  screen
    .lines()
    .map((line) => line.slice(line.indexOf('│') + 1).trim())
    .find((text) => /^\w{8,}\s+\S+ \w+$/.test(text)) ?? '';

describe('the split view at 160 columns', () => {
  test('the preview follows the cursor; a resize across 140 keeps the run', async () => {
    const screen = launch(160, 20);
    await screen.waitFor(/runs 1-50 of/);
    const [first, , , fourth] = ids();
    assert.ok(first !== undefined && fourth !== undefined);
    screen.write('\r');
    await screen.waitFor((text) => previewTitle(screen).startsWith(first) && /Timeline/.test(text));
    screen.write('jjj');
    // The selection and the preview move together.
    await screen.waitFor(
      () => previewTitle(screen).startsWith(fourth) && selectedRow(screen).includes(fourth),
    );
    // Fetched once the cursor rests: the flow's steps come only with the detail.
    await screen.waitFor(/Steps {5}1 /);
    screen.write('J');
    await screen.waitFor(/↑ \d+ more/);
    screen.resize(120, 20);
    await screen.waitFor((text) => !text.includes('│') && text.includes(fourth));
    assert.doesNotMatch(screen.text(), new RegExp(first));
    screen.resize(160, 20);
    await screen.waitFor(
      () => previewTitle(screen).startsWith(fourth) && selectedRow(screen).includes(fourth),
    );
    screen.write('\x1b');
    await screen.waitFor((text) => !text.includes('│') && /↑↓ move/.test(text));
    screen.write('q');
    assert.equal((await screen.exited).exitCode, 0);
  });

  test(': and a bracketed paste open a run from a later page; Esc returns to the list', async () => {
    const screen = launch(160, 20);
    await screen.waitFor(/runs 1-50 of/);
    await screen.waitForRaw('\x1b[?2004h');
    const far = ids()[180];
    assert.ok(far !== undefined, 'the workspace has more than 180 runs');
    screen.write(':');
    await screen.waitFor(/^:/m);
    screen.write(`\x1b[200~https://api.tableflow.com/v2/flows/runs/${far}\n\x1b[201~`);
    await screen.waitFor(new RegExp(`:https://.*${far}`));
    screen.write('\r');
    await screen.waitFor(() => previewTitle(screen).startsWith(far));
    assert.doesNotMatch(selectedRow(screen), new RegExp(far), 'the list stays where it was');
    screen.write(':NoSuchRun0000000\r');
    await screen.waitFor(/No run "NoSuchRun0000000" in this workspace/);
    // Esc leaves the prompt (the jumped-to run still shows), Esc again closes the split.
    screen.write('\x1b');
    await screen.waitFor((text) => !text.includes('No run "') && text.includes('│'));
    screen.write('\x1b');
    await screen.waitFor((text) => !text.includes('│') && /runs 1-50 of/.test(text));
    screen.write('q');
    assert.equal((await screen.exited).exitCode, 0);
    assert.ok(
      screen.raw().lastIndexOf('\x1b[?2004l') > screen.raw().lastIndexOf('\x1b[?2004h'),
      'bracketed paste is off again on exit',
    );
  });
});
