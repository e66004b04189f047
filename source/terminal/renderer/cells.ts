// A rendered line as terminal cells: what each column shows and in which style. Ink hands
// over whole lines full of SGR codes; comparing cells instead of strings lets the writer
// send only the columns that changed, restyled from a clean state, without replaying the
// rest of the line. Pure and allocation-light: it runs for every changed line of a frame.
import {simpleWidth} from '../../text/simple.js';
import {codePointWidth} from '../../text/width.js';

/** One column of the screen. A wide character's second column has an empty `text`. */
export type Cell = {
  readonly text: string;
  /** SGR parameters from a reset (`1;31`), then `\u0000` and the hyperlink, if any. */
  readonly style: string;
};

/** What a column past the end of a line shows. */
export const BLANK: Cell = {text: ' ', style: ''};

/** Whether two columns look the same; a missing one is blank. */
export const sameCell = (a: Cell | undefined, b: Cell | undefined): boolean =>
  // Printable ASCII cells are shared (asciiCell): most equal cells are the same object.
  a === b || ((a ?? BLANK).text === (b ?? BLANK).text && (a ?? BLANK).style === (b ?? BLANK).style);

const SLOTS = ['weight', 'italic', 'underline', 'blink', 'inverse', 'hidden', 'strike'] as const;
type Slot = (typeof SLOTS)[number] | 'overline' | 'fg' | 'bg' | 'ul';
type Sgr = Partial<Record<Slot, string>>;
const ORDER: readonly Slot[] = [...SLOTS, 'overline', 'fg', 'bg', 'ul'];

const ON: Readonly<Record<string, Slot>> = {
  '1': 'weight',
  '2': 'weight',
  '3': 'italic',
  '4': 'underline',
  '21': 'underline',
  '5': 'blink',
  '7': 'inverse',
  '8': 'hidden',
  '9': 'strike',
  '53': 'overline',
};
const OFF: Readonly<Record<string, readonly Slot[]>> = {
  '22': ['weight'],
  '23': ['italic'],
  '24': ['underline'],
  '25': ['blink'],
  '27': ['inverse'],
  '28': ['hidden'],
  '29': ['strike'],
  '55': ['overline'],
  '39': ['fg'],
  '49': ['bg'],
  '59': ['ul'],
};
const EXTENDED: Readonly<Record<string, Slot>> = {'38': 'fg', '48': 'bg', '58': 'ul'};

// Applies one SGR parameter list to `sgr`; false when it holds something not modelled here.
function applySgr(sgr: Sgr, params: string): boolean {
  const list = params === '' ? ['0'] : params.split(';');
  for (let i = 0; i < list.length; i++) {
    const param = list[i] ?? '';
    const number = Number(param);
    if (param === '0' || param === '') for (const slot of ORDER) sgr[slot] = undefined;
    else if (ON[param] !== undefined) sgr[ON[param]] = param;
    else if (OFF[param] !== undefined) for (const slot of OFF[param]) sgr[slot] = undefined;
    else if ((number >= 30 && number <= 37) || (number >= 90 && number <= 97)) sgr.fg = param;
    else if ((number >= 40 && number <= 47) || (number >= 100 && number <= 107)) sgr.bg = param;
    else if (EXTENDED[param] !== undefined) {
      const count = list[i + 1] === '5' ? 2 : list[i + 1] === '2' ? 4 : -1;
      if (count < 0) return false;
      sgr[EXTENDED[param]] = list.slice(i, i + 1 + count).join(';');
      i += count;
    } else return false;
  }
  return true;
}

const styleKey = (sgr: Sgr, link: string): string => {
  let sgrKey = '';
  for (const slot of ORDER) {
    const value = sgr[slot];
    if (value !== undefined) sgrKey = sgrKey === '' ? value : `${sgrKey};${value}`;
  }
  return link === '' ? sgrKey : `${sgrKey}\u0000${link}`;
};

// SGR (CSI ... m) and OSC 8 hyperlinks (ended by ST or BEL) are modelled. Any other escape
// sequence, and any control character, is dropped: nothing in a frame may move the cursor.
const ESCAPE =
  /\u001B\[([0-9;]*)m|\u001B\]8;[^;\u0007\u001B]*;([^\u0007\u001B]*)(?:\u0007|\u001B\\)/y;
const OTHER_ESCAPE = /\u001B(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|.?)/y;

// Printable ASCII cells, one object per character and style, shared: a changed row is
// mostly these, and a tick changes rows every second. Styles come from the theme, so there
// are few; the bound is for a frame full of server-chosen hyperlinks.
const ASCII_STYLES = 256;
const asciiCells = new Map<string, Cell[]>();
function asciiCell(code: number, style: string): Cell {
  let cells = asciiCells.get(style);
  if (cells === undefined) {
    if (asciiCells.size >= ASCII_STYLES) asciiCells.clear();
    cells = [];
    asciiCells.set(style, cells);
  }
  return (cells[code - 0x20] ??= {text: String.fromCharCode(code), style});
}

// Printable ASCII is one cell per character; the rest goes code point by code point, as a
// terminal draws it (text/width.ts): a zero-width one joins the cell before it.
function pushText(line: Line, text: string, style: string): void {
  const {cells} = line;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 0x20 && code < 0x7f) {
      cells.push(asciiCell(code, style));
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(at) ?? code);
    at += char.length - 1;
    const width = codePointWidth(char.codePointAt(0) ?? 0);
    if (simpleWidth(char) === undefined) line.settled = false;
    if (width === 0) {
      // A mark with nothing before it on the line would join whatever the terminal has there.
      const last = cells.pop();
      if (last !== undefined) cells.push({text: last.text + char, style: last.style});
      continue;
    }
    cells.push({text: char, style});
    if (width === 2) cells.push({text: '', style});
  }
}

// A frame's lines go through the same few style changes again and again (the theme's):
// each is worked out once. Bounded for a frame full of server-chosen hyperlinks.
const TRANSITIONS = 1024;
const transitions = new Map<string, {readonly sgr: Readonly<Sgr>; readonly style: string}>();
function restyled(sgr: Readonly<Sgr>, style: string, link: string, params: string) {
  const key = `${style}\u0001${params}`;
  let next = transitions.get(key);
  if (next === undefined) {
    const changed: Sgr = {...sgr};
    // A style this model does not know is dropped whole, from a clean state.
    if (!applySgr(changed, params)) for (const slot of ORDER) changed[slot] = undefined;
    next = {sgr: changed, style: styleKey(changed, link)};
    if (transitions.size >= TRANSITIONS) transitions.clear();
    transitions.set(key, next);
  }
  return next;
}

/** A rendered line as cells, and whether every cell holds text all terminals agree on. */
export type Line = {
  readonly cells: Cell[];
  /** False when some character is outside the ranges whose width is beyond dispute. */
  settled: boolean;
};

/** The cells of one rendered line, cut to `columns`; unknown escapes and controls dropped. */
export function toLine(text: string, columns = Infinity): Line {
  const line: Line = {cells: [], settled: true};
  let sgr: Readonly<Sgr> = {};
  let link = '';
  let style = '';
  let index = 0;
  while (index < text.length) {
    CONTROL.lastIndex = index;
    const end = CONTROL.test(text) ? CONTROL.lastIndex - 1 : text.length;
    if (end > index) pushText(line, text.slice(index, end), style);
    if (end === text.length) break;
    ESCAPE.lastIndex = end;
    const match = ESCAPE.exec(text);
    if (match === null) {
      OTHER_ESCAPE.lastIndex = end;
      index = OTHER_ESCAPE.test(text) ? Math.max(OTHER_ESCAPE.lastIndex, end + 1) : end + 1;
      continue;
    }
    if (match[1] === undefined) {
      link = match[2] ?? '';
      style = styleKey(sgr, link);
    } else ({sgr, style} = restyled(sgr, style, link, match[1]));
    index = ESCAPE.lastIndex;
  }
  return cut(line, columns);
}

// C0 controls, DEL and C1 controls: the start of an escape, or a character never drawn.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

// A wide character that would straddle the right edge becomes a space, as terminals do.
function cut(line: Line, columns: number): Line {
  if (line.cells.length <= columns) return line;
  const cells = line.cells.slice(0, columns);
  const last = cells.at(-1);
  if (last !== undefined && line.cells[columns]?.text === '')
    cells[columns - 1] = {text: ' ', style: last.style};
  return {cells, settled: line.settled};
}

/** The escape sequence that turns a reset terminal (or `from`) into `to`'s style. */
export function restyle(from: string, to: string): string {
  if (from === to) return '';
  const [fromSgr = '', fromLink = ''] = from.split('\u0000');
  const [toSgr = '', toLink = ''] = to.split('\u0000');
  const sgr = fromSgr === toSgr ? '' : toSgr === '' ? '\u001B[0m' : `\u001B[0;${toSgr}m`;
  const link = fromLink === toLink ? '' : `\u001B]8;;${toLink}\u001B\\`;
  return sgr + link;
}
