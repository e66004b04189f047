import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  AuthNotice,
  authExplanation,
  EmptyState,
  FirstLoad,
  LoadFailure,
} from '../../../source/tui/views/notice.js';
import {NOW} from '../../helpers/runs.js';
import {assertFits, frameLines} from '../../helpers/ui-frame.js';

const WIDTHS = [60, 100, 200] as const;
const joined = (lines: readonly string[]) => lines.map((line) => line.trim()).join(' ');

test('the empty state says what is empty and how to see more', async () => {
  const lines = await frameLines(
    <EmptyState message="No runs in review" hint="press 1 for all runs" width={60} />,
    60,
  );
  assert.deepEqual(lines, ['', '  No runs in review', '  press 1 for all runs']);
});

test('the 401 explanation names the variable and where to get a key', () => {
  assert.equal(
    authExplanation(401),
    'TableFlow rejected the API key (HTTP 401). Check TABLEFLOW_API_KEY: create or copy a key in ' +
      'TableFlow → Workspace settings → API keys, then press r to retry.',
  );
  assert.match(authExplanation(403), /\(HTTP 403\)/);
});

test('the auth notice shows the whole explanation, wrapped, at every width', async () => {
  for (const width of WIDTHS) {
    const lines = await frameLines(<AuthNotice status={401} width={width} />, width);
    assert.ok(joined(lines).includes('✖ Not authorised'));
    assert.ok(joined(lines).includes(authExplanation(401)), `at ${width}: ${joined(lines)}`);
    assertFits(lines, width);
  }
});

test('a first-load failure says what went wrong and when it retries', async () => {
  const lines = await frameLines(
    <LoadFailure
      host="api.tableflow.com"
      message="connect ECONNREFUSED 127.0.0.1:443"
      retryAt={NOW + 8000}
      now={NOW}
      width={100}
    />,
    100,
  );
  assert.deepEqual(lines, [
    '',
    '  ✖ Could not load runs from api.tableflow.com',
    '  connect ECONNREFUSED 127.0.0.1:443',
    '  Retrying in 8s (press r to retry now).',
  ]);
});

test('a first-load failure without a scheduled retry says how to retry', async () => {
  const lines = await frameLines(
    <LoadFailure host="h" message="Bad request" retryAt={null} now={NOW} width={60} />,
    60,
  );
  assert.equal(lines.at(-1), '  Press r to retry.');
});

test('the first load shows a spinner and the host', async () => {
  const lines = await frameLines(<FirstLoad host="api.tableflow.com" width={60} />, 60);
  assert.match(lines[1] ?? '', /^ {2}[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] Loading runs from api\.tableflow\.com…$/);
});

test('notices never overflow, even with long server text', async () => {
  const long = 'x'.repeat(250) + ' 日本語'.repeat(40);
  for (const width of WIDTHS) {
    assertFits(
      await frameLines(<EmptyState message={long} hint={long} width={width} />, width),
      width,
    );
    assertFits(
      await frameLines(
        <LoadFailure host={long} message={long} retryAt={NOW} now={NOW} width={width} />,
        width,
      ),
      width,
    );
    assertFits(await frameLines(<FirstLoad host={long} width={width} />, width), width);
  }
});
