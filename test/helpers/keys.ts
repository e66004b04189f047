import {setTimeout as delay} from 'node:timers/promises';
import {NO_KEY, type Key} from '../../source/terminal/key-presses.js';

/** What terminals send for each key (xterm sequences, as Ink 6.8's parser reads them). */
export const KEYS = {
  up: '\x1b[A',
  down: '\x1b[B',
  right: '\x1b[C',
  left: '\x1b[D',
  pageUp: '\x1b[5~',
  pageDown: '\x1b[6~',
  home: '\x1b[H',
  end: '\x1b[F',
  tab: '\t',
  shiftTab: '\x1b[Z',
  enter: '\r',
  escape: '\x1b',
  /** What most terminals send for Backspace; Ink reports it as `key.delete`. */
  backspace: '\x7f',
  /** Backspace on terminals that send ^H; Ink reports it as `key.backspace`. */
  ctrlH: '\b',
  ctrlC: '\x03',
} as const;

/**
 * Writes each key to the fake stdin, letting Ink and React settle after every one. Ink
 * holds a lone Esc until `setImmediate` (it could start a sequence), hence the extra turn.
 */
export async function press(
  stdin: {readonly write: (data: string) => void},
  ...keys: readonly string[]
): Promise<void> {
  for (const key of keys) {
    stdin.write(key);
    await delay(0);
    await new Promise((resolve) => setImmediate(resolve));
    await delay(0);
  }
}

/** A `Key` with every flag off except those given, for calling `actionFor` directly. */
export function key(flags: Partial<Key> = {}): Key {
  return {...NO_KEY, ...flags};
}
