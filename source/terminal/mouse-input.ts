// The stdin Ink reads while the mouse is on: the terminal's own stdin, with every mouse
// report taken out and handed to a listener instead. Ink would otherwise parse a report
// as an unknown key sequence and `useInput` would see its bytes as typed text (in the
// search bar, `[<64;12;5M`). A report cut in two by a read waits for the rest; one that
// never completes is dropped.
import {PassThrough} from 'node:stream';
import {StringDecoder} from 'node:string_decoder';
import {flushPending, splitMouse, type MouseEvent} from './mouse.js';

/** The filtered stdin, and how to stop filtering. */
export type MouseInput = {
  /** The stream to give Ink: key input only, raw mode and ref counting passed through. */
  readonly stdin: NodeJS.ReadStream;
  /** Mouse reports go to `listener` from now on (one at a time); returns an unsubscribe. */
  readonly subscribe: (listener: (event: MouseEvent) => void) => () => void;
  /** Stops reading the terminal's stdin and ends the filtered one. */
  readonly close: () => void;
};

// A report split by a read has its rest a moment later; a lone ESC is the Esc key, and Ink
// itself waits this long (one turn of the event loop) before taking it as one.
const REPORT_WAIT_MS = 50;

/** Filters `source` (the terminal's stdin) for Ink. */
export function mouseInput(source: NodeJS.ReadStream): MouseInput {
  const through = new PassThrough();
  const decoder = new StringDecoder('utf8');
  let listener: ((event: MouseEvent) => void) | null = null;
  let pending = '';
  let timer: ReturnType<typeof setTimeout> | ReturnType<typeof setImmediate> | null = null;

  const clearTimer = (): void => {
    if (timer === null) return;
    clearTimeout(timer as ReturnType<typeof setTimeout>);
    clearImmediate(timer as ReturnType<typeof setImmediate>);
    timer = null;
  };
  const flush = (): void => {
    timer = null;
    const text = flushPending(pending);
    pending = '';
    if (text !== '') through.write(text);
  };
  const onData = (chunk: Buffer | string): void => {
    clearTimer();
    const input = pending + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    const {pieces, pending: rest} = splitMouse(input);
    pending = rest;
    for (const piece of pieces) {
      if ('text' in piece) through.write(piece.text);
      else listener?.(piece.mouse);
    }
    if (pending === '') return;
    // ESC alone or `ESC [` is most likely a key: wait no longer than Ink would.
    timer = pending.length <= 2 ? setImmediate(flush) : setTimeout(flush, REPORT_WAIT_MS);
  };
  // Read as Ink reads (on 'readable'), so any stream Ink could be given works here too.
  const onReadable = (): void => {
    for (let chunk = source.read() as Buffer | string | null; chunk !== null; chunk = source.read())
      onData(chunk);
  };
  source.on('readable', onReadable);

  // Ink sets raw mode, encoding and ref counting on the stream it is given: those belong
  // to the terminal's stdin. It reads with `read()` on 'readable', which the pass-through has.
  const stdin = Object.assign(through, {
    isTTY: source.isTTY,
    setRawMode(on: boolean) {
      if (source.isTTY === true) source.setRawMode(on);
      return stdin;
    },
    ref() {
      source.ref();
      return stdin;
    },
    unref() {
      source.unref();
      return stdin;
    },
  }) as unknown as NodeJS.ReadStream;

  return {
    stdin,
    subscribe(next) {
      listener = next;
      return () => {
        if (listener === next) listener = null;
      };
    },
    close() {
      clearTimer();
      source.off('readable', onReadable);
      listener = null;
      through.end();
    },
  };
}
