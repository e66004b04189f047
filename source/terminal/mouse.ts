// Mouse reports read from the terminal. The explorer asks for button events (mode 1000) in
// SGR form (1006): `ESC [ < button ; column ; row M` on a press, `m` on a release, with
// no motion tracking. Pure: `splitMouse` takes what stdin delivered and gives back the
// key text (for Ink) apart from the mouse events, so a report never reaches a key binding
// or the search prompt as text. Anything malformed is dropped, never passed on.

const ESC = '\u001B';
const CSI = `${ESC}[`;
const SGR = `${CSI}<`;
const X10 = `${CSI}M`;

/** Turns on button reporting in SGR form; `MOUSE_OFF` undoes it. */
export const MOUSE_ON = `${CSI}?1000h${CSI}?1006h`;
/** Turns mouse reporting off again (both modes, whichever the terminal took). */
export const MOUSE_OFF = `${CSI}?1006l${CSI}?1000l`;

/** Which button a report is about; the wheel reports each notch as a press. */
export type MouseButton = 'left' | 'middle' | 'right' | 'wheel-up' | 'wheel-down' | 'other';

/** One mouse report; `x` and `y` are 0-based cells from the top left. */
export type MouseEvent = {
  readonly kind: 'press' | 'release' | 'drag';
  readonly button: MouseButton;
  readonly x: number;
  readonly y: number;
  readonly shift: boolean;
  readonly meta: boolean;
  readonly ctrl: boolean;
};

/** A piece of input: key text for Ink, or a mouse report. */
export type InputPiece = {readonly text: string} | {readonly mouse: MouseEvent};

/** What `splitMouse` found, and the tail that may be the start of a report still on its way. */
export type SplitInput = {readonly pieces: readonly InputPiece[]; readonly pending: string};

// A report is at most `ESC [ < 255 ; 9999 ; 9999 M`: longer is not one.
const MAX_REPORT = 24;
const SGR_BODY = /^(\d{1,5});(\d{1,5});(\d{1,5})([Mm])$/;

function buttonOf(code: number): MouseButton {
  if ((code & 64) !== 0) {
    const wheel = code & 3;
    return wheel === 0 ? 'wheel-up' : wheel === 1 ? 'wheel-down' : 'other';
  }
  if ((code & 128) !== 0) return 'other';
  return (['left', 'middle', 'right', 'other'] as const)[code & 3] ?? 'other';
}

/** The event a report's numbers describe (1-based cells in, 0-based out), or null. */
export function mouseEvent(code: number, column: number, row: number, release: boolean) {
  if (column < 1 || row < 1) return null;
  const button = buttonOf(code);
  const kind: MouseEvent['kind'] = release ? 'release' : (code & 32) !== 0 ? 'drag' : 'press';
  return {
    kind,
    button,
    x: column - 1,
    y: row - 1,
    shift: (code & 4) !== 0,
    meta: (code & 8) !== 0,
    ctrl: (code & 16) !== 0,
  } satisfies MouseEvent;
}

type Scan =
  {readonly end: number; readonly mouse: MouseEvent | null} | {readonly partial: true} | null;

// An SGR report from `at` (which holds `ESC [ <`): where it ends and what it says (null:
// malformed, dropped), partial when the input stops inside it, null when it is no report.
function scanSgr(input: string, at: number): Scan {
  let end = at + SGR.length;
  while (end < input.length && /[0-9;:]/.test(input[end] ?? '')) end += 1;
  if (end - at > MAX_REPORT) return {end, mouse: null};
  if (end >= input.length) return {partial: true};
  const final = input.charCodeAt(end);
  // Not a parameter, not a final byte: a cut-off report. Drop what there was of it.
  if (final < 0x40 || final > 0x7e) return {end, mouse: null};
  const body = SGR_BODY.exec(input.slice(at + SGR.length, end + 1));
  if (body === null) return {end: end + 1, mouse: null};
  const [, code, column, row, kind] = body;
  return {
    end: end + 1,
    mouse: mouseEvent(Number(code), Number(column), Number(row), kind === 'm'),
  };
}

// The legacy form, for a terminal that takes 1000 but not 1006: three bytes offset by 32;
// button 3 is a release (of whichever button).
function scanX10(input: string, at: number): Scan {
  const start = at + X10.length;
  if (input.length < start + 3) return {partial: true};
  const [code = -1, column = 0, row = 0] = [0, 1, 2].map((i) => input.charCodeAt(start + i) - 32);
  const release = (code & 3) === 3 && (code & 64) === 0;
  return {end: start + 3, mouse: code < 0 ? null : mouseEvent(code, column, row, release)};
}

// True when `tail` could grow into a report: ESC, `ESC [`, `ESC [ <…`.
const mayBeReport = (tail: string): boolean =>
  tail === ESC || tail === CSI || tail.startsWith(SGR) || tail.startsWith(X10);

/**
 * Splits `input` (what stdin gave, after any `pending` tail of the last read) into key
 * text and mouse reports, in order. A tail that may be a report cut by the read is
 * returned as `pending`, for the next read (or `flushPending` when none comes).
 */
export function splitMouse(input: string): SplitInput {
  const pieces: InputPiece[] = [];
  let text = '';
  let at = 0;
  const push = (piece: InputPiece): void => {
    if (text !== '') pieces.push({text});
    text = '';
    pieces.push(piece);
  };
  while (at < input.length) {
    const next = input.indexOf(ESC, at);
    if (next === -1) {
      text += input.slice(at);
      break;
    }
    text += input.slice(at, next);
    const tail = input.slice(next);
    const scan = tail.startsWith(SGR)
      ? scanSgr(input, next)
      : tail.startsWith(X10)
        ? scanX10(input, next)
        : null;
    if (scan === null) {
      if (mayBeReport(tail)) {
        if (text !== '') pieces.push({text});
        return {pieces, pending: tail};
      }
      text += ESC;
      at = next + 1;
      continue;
    }
    if ('partial' in scan) {
      if (text !== '') pieces.push({text});
      return {pieces, pending: tail};
    }
    if (scan.mouse !== null) push({mouse: scan.mouse});
    at = scan.end;
  }
  if (text !== '') pieces.push({text});
  return {pieces, pending: ''};
}

/**
 * What a pending tail becomes when no more input follows it: ESC or `ESC [` are keys
 * (Esc, Alt-[) and go on as text; the start of a report is dropped.
 */
export function flushPending(pending: string): string {
  return pending.startsWith(SGR) || pending.startsWith(X10) ? '' : pending;
}
