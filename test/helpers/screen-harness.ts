// The screen between Ink and a terminal emulator: what Ink writes (log-update's erase, then
// the frame's lines) goes in, and the emulator shows what a user would see.
import xterm from '@xterm/headless';
import {ownScreen} from '../../source/terminal/renderer/screen.js';
import {FakeStdout} from './fake-terminal.js';

const erase = (lines: number): string =>
  lines === 0 ? '' : `${'\u001B[2K\u001B[1A'.repeat(lines - 1)}\u001B[2K\u001B[G`;
/** What Ink writes for `rows`, erasing the `previous` frame's lines first. */
export const inkFrame = (rows: readonly string[], previous = 0): string =>
  `${erase(previous)}${rows.join('\n')}\n`;

/** A screen on a fake terminal of `columns` x `rows`, read back through xterm. */
export function setup(columns = 30, rows = 6) {
  const stdout = new FakeStdout(columns, rows, true);
  const term = new xterm.Terminal({cols: columns, rows, allowProposedApi: true});
  let sent = 0;
  const flush = async (): Promise<string> => {
    const fresh = stdout.frames.slice(sent).join('');
    sent = stdout.frames.length;
    await new Promise<void>((resolve) => term.write(fresh, resolve));
    return fresh;
  };
  const shown = (): string[] => {
    const buffer = term.buffer.active;
    return Array.from(
      {length: term.rows},
      // Cut at the width: xterm keeps what a shrink hid, as terminals that reflow do.
      (_, y) => buffer.getLine(y)?.translateToString(true, 0, term.cols).trimEnd() ?? '',
    );
  };
  const resize = (cols: number, height: number): void => {
    stdout.columns = cols;
    stdout.rows = height;
    term.resize(cols, height);
    stdout.emit('resize');
  };
  const screen = ownScreen(stdout as unknown as NodeJS.WriteStream);
  return {stdout, term, screen, flush, shown, resize};
}
