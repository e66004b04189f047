// Reads the bytes a program wrote to a terminal and reports every control that is not on
// the allow-list of what Ink and the app emit themselves: anything else there could only
// have come from server text that escaped the sanitiser.

const ESC = '\u001B';

/** Sequences Ink and the app write: SGR, cursor moves, erase, and a few private modes. */
const ALLOWED_CSI = [
  /^\u001B\[[0-9;]*m$/, // SGR: colour, bold, dim, inverse, reset
  /^\u001B\[\d*(;\d*)?[ABCDEFGHf]$/, // cursor moves and positions
  /^\u001B\[\d*[JK]$/, // erase in display / line
  /^\u001B\[(\d+;\d+)?r$/, // scroll region set and reset (the screen scrolls moved rows)
  /^\u001B\[\d*[LM]$/, // insert and delete lines within the scroll region
  /^\u001B\[\?(7|25|1049|2004|2026)[hl]$/, // autowrap, cursor, alternate screen, bracketed paste, synchronised output
  /^\u001B\[\?(1000|1006)[hl]$/, // mouse: button reports, in SGR form (never motion: 1002/1003)
];

/**
 * The app's own OSC strings. Hyperlinks only to Google Drive and Sheets (the Drive export
 * links the detail shows); the clipboard (OSC 52) and notifications (OSC 9) only when a
 * test allows them, since the app writes those on a key press or an event, never while
 * merely showing data.
 */
const HYPERLINK =
  /^\u001B\]8;[^;]*;(https:\/\/(docs|drive)\.google\.com\/[^\s]*)?(\u0007|\u001B\\)$/;
const OPTIONAL_OSC = {
  clipboard: /^\u001B\]52;c;[A-Za-z0-9+/=]*(\u0007|\u001B\\)$/,
  notification: /^\u001B\]9;[^\u0000-\u001F\u007F-\u009F]*(\u0007|\u001B\\)$/,
} as const;

/** OSC strings a test expects the app to write. */
export type AllowedOsc = keyof typeof OPTIONAL_OSC;

function sequenceAt(raw: string, at: number): string {
  const next = raw[at + 1];
  if (next === '[') {
    const match = /^\u001B\[[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?/.exec(raw.slice(at));
    return match?.[0] ?? ESC;
  }
  if (next === ']' || next === 'P' || next === 'X' || next === '^' || next === '_') {
    for (let index = at + 2; index < raw.length; index++) {
      if (next === ']' && raw[index] === '\u0007') return raw.slice(at, index + 1);
      if (raw[index] === ESC && raw[index + 1] === '\\') return raw.slice(at, index + 2);
    }
    return raw.slice(at);
  }
  return raw.slice(at, at + 2);
}

/** Every control in `raw` that neither Ink nor the app would write, with a little context. */
export function unexpectedControls(raw: string, allow: readonly AllowedOsc[] = []): string[] {
  const oscs = [HYPERLINK, ...allow.map((name) => OPTIONAL_OSC[name])];
  const found: string[] = [];
  const show = (text: string) => JSON.stringify(text.slice(0, 60));
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index] ?? '';
    const code = char.charCodeAt(0);
    if (char === ESC) {
      const sequence = sequenceAt(raw, index);
      const allowed =
        sequence[1] === '['
          ? ALLOWED_CSI.some((pattern) => pattern.test(sequence))
          : sequence[1] === ']' && oscs.some((pattern) => pattern.test(sequence));
      if (!allowed) found.push(`escape sequence ${show(sequence)}`);
      index += sequence.length - 1;
    } else if (
      char === '\n' ||
      (char === '\r' &&
        (raw[index + 1] === '\n' || /\u001B\[\d*B$/.test(raw.slice(index - 8, index))))
    ) {
      // Line ends (the pty turns \n into \r\n), and the \r Ink writes after moving the
      // cursor down; a \r after text would let text overwrite the start of its line.
      continue;
    } else if (code < 0x20 || code === 0x7f) {
      found.push(
        `C0 control U+${code.toString(16).padStart(4, '0')} near ${show(raw.slice(index - 20, index + 20))}`,
      );
    } else if (code >= 0x80 && code <= 0x9f) {
      found.push(`C1 control U+${code.toString(16).padStart(4, '0')}`);
    } else if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
      found.push(
        `bidi control U+${code.toString(16)} near ${show(raw.slice(index - 20, index + 20))}`,
      );
    }
  }
  return found;
}
