// Ink's standard renderer erases and rewrites the whole frame on every change: about
// 5 KB at 120x40 for a one-character update, every refresh, over SSH, for days. Ink's
// own incremental mode would send only changed lines, but 6.8.0 draws it one row low
// when the frame is shorter than the terminal and misses repaints after resizes.
// This wrapper sits between Ink and the terminal instead: it recognises each frame
// Ink writes, compares it with the frame on screen and sends only the changed cells,
// leaving the cursor where Ink expects it. Anything else passes through untouched, and
// the first frame after a resize (or a height change) is Ink's own full rewrite.
import {diffFrame} from './frame-diff.js';

const SYNC_START = '\u001B[?2026h';
const SYNC_END = '\u001B[?2026l';
// log-update's eraseLines(n): erase a line and go up, n-1 times, erase, column 1.
const ERASE_LINES = /^(?:\u001B\[2K\u001B\[1A)*\u001B\[2K\u001B\[G/;

// A line feed, or a CSI that moves the cursor or erases (A-H, J, K, f).
const MOVES = /\n|\u001B\[[0-9;?]*[A-HJKf]/;

type WriteCallback = (error?: Error | null) => void;

/**
 * A view of `stdout` (size, events, everything) whose `write` turns Ink's full-frame
 * rewrites into only the changed cells. Only for a terminal Ink draws on in full: the
 * frame must stay shorter than the terminal, so it never scrolls.
 */
export function diffingStdout(stdout: NodeJS.WriteStream): NodeJS.WriteStream {
  // The frame on screen, line by line; null when unknown (start, after a resize).
  let screen: readonly string[] | null = null;
  stdout.on('resize', () => {
    screen = null;
  });

  const pass = (text: string, callback: WriteCallback | undefined): boolean =>
    stdout.write(text, callback);

  const write = (text: string, callback: WriteCallback | undefined): boolean => {
    // Synchronised-update markers come around each frame; ours wrap only real output.
    if (text === SYNC_START || text === SYNC_END) {
      callback?.();
      return true;
    }
    const erase = ERASE_LINES.exec(text)?.[0] ?? '';
    const frame = text.slice(erase.length);
    if (erase !== '' && frame === '') {
      // Ink cleared its frame (a narrower terminal): the next one starts afresh.
      screen = [];
      return pass(text, callback);
    }
    const isFrame =
      frame.endsWith('\n') && (erase !== '' || screen === null || screen.length === 0);
    if (!isFrame) {
      // Anything else that moves the cursor or clears (Ink's own full-screen path, say)
      // leaves the screen unknown: the next frame goes through whole.
      if (MOVES.test(text)) screen = null;
      return pass(text, callback);
    }
    const lines = frame.slice(0, -1).split('\n');
    const previous = screen;
    screen = lines;
    if (previous === null || previous.length !== lines.length) return pass(text, callback);
    const change = diffFrame(previous, lines);
    if (change === '') {
      callback?.();
      return true;
    }
    return pass(SYNC_START + change + SYNC_END, callback);
  };

  return new Proxy(stdout, {
    get(target, property) {
      if (property === 'write')
        return (
          chunk: string | Uint8Array,
          encoding?: BufferEncoding | WriteCallback,
          callback?: WriteCallback,
        ): boolean => {
          const done = typeof encoding === 'function' ? encoding : callback;
          const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
          return write(text, done);
        };
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
