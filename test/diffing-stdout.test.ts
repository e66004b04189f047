import {test} from 'node:test';
import assert from 'node:assert/strict';
import {diffingStdout} from '../source/diffing-stdout.js';
import {FakeStdout} from './helpers/fake-terminal.js';

// What Ink's standard renderer writes: erase the previous frame's lines, then the frame.
const erase = (lines: number): string =>
  lines === 0 ? '' : `${'\u001B[2K\u001B[1A'.repeat(lines - 1)}\u001B[2K\u001B[G`;
const frame = (rows: readonly string[]): string => `${rows.join('\n')}\n`;

function setup() {
  const terminal = new FakeStdout(40, 10, true);
  const stdout = diffingStdout(terminal as unknown as NodeJS.WriteStream);
  return {terminal, stdout, sent: () => terminal.frames.splice(0).join('')};
}

test('the first frame goes through whole, later ones as changed cells only', () => {
  const {stdout, sent} = setup();
  stdout.write(frame(['header', 'row one', 'row two']));
  assert.equal(sent(), frame(['header', 'row one', 'row two']));
  stdout.write('\u001B[?2026h');
  stdout.write(erase(4) + frame(['header', 'row one', 'row 2wo']));
  stdout.write('\u001B[?2026l');
  const change = sent();
  assert.ok(!change.includes('header') && !change.includes('row one'), JSON.stringify(change));
  assert.ok(change.includes('2'));
});

test('an unchanged frame writes nothing, not even the synchronized-update markers', () => {
  const {stdout, sent} = setup();
  stdout.write(frame(['a', 'b']));
  sent();
  stdout.write('\u001B[?2026h');
  stdout.write(erase(3) + frame(['a', 'b']));
  stdout.write('\u001B[?2026l');
  assert.equal(sent(), '');
});

test('after a resize, or a write that clears the screen, the next frame goes through whole', () => {
  const {terminal, stdout, sent} = setup();
  stdout.write(frame(['a', 'b']));
  terminal.emit('resize');
  stdout.write(erase(3) + frame(['a', 'c']));
  assert.equal(sent(), frame(['a', 'b']) + erase(3) + frame(['a', 'c']));
  stdout.write('\u001B[2J\u001B[H');
  stdout.write(erase(3) + frame(['a', 'd']));
  assert.equal(sent(), `\u001B[2J\u001B[H${erase(3)}${frame(['a', 'd'])}`);
});

test('bytes that are not a frame (a bell, a clipboard sequence) pass untouched', () => {
  const {stdout, sent} = setup();
  stdout.write(frame(['a']));
  sent();
  stdout.write('\u0007\u001B]52;c;aWQ=\u0007');
  assert.equal(sent(), '\u0007\u001B]52;c;aWQ=\u0007');
  assert.equal(stdout.columns, 40, 'size and everything else come from the terminal');
});
