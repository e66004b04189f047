// A rendered line as terminal cells: what each column shows and in which style. Ink hands
// over whole lines full of SGR codes; comparing cells instead of strings lets the writer
// send only the columns that changed, restyled from a clean state, without replaying the
// rest of the line. Pure and allocation-light: it runs for every changed line of a frame.
import stringWidth from 'string-width';

/** One column of the screen. A wide character's second column has an empty `text`. */
export type Cell = {
  readonly text: string;
  /** SGR parameters from a reset (`1;31`), then `\u0000` and the hyperlink, if any. */
  readonly style: string;
};

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
  const sgrKey = ORDER.flatMap((slot) => (sgr[slot] === undefined ? [] : [sgr[slot]])).join(';');
  return link === '' ? sgrKey : `${sgrKey}\u0000${link}`;
};

// SGR (CSI ... m) and OSC 8 hyperlinks (ended by ST or BEL) are modelled; any other
// escape makes the whole line opaque, and the writer then resends it whole.
const ESCAPE =
  /\u001B\[([0-9;]*)m|\u001B\]8;[^;\u0007\u001B]*;([^\u0007\u001B]*)(?:\u0007|\u001B\\)/y;
const segmenter = new Intl.Segmenter();

// Widths of the few distinct non-ASCII graphemes a UI shows (symbols, ellipses, names).
const widths = new Map<string, number>();
const widthOf = (grapheme: string): number => {
  let width = widths.get(grapheme);
  if (width === undefined) {
    width = stringWidth(grapheme);
    if (widths.size > 4096) widths.clear();
    widths.set(grapheme, width);
  }
  return width;
};

function pushGraphemes(cells: Cell[], text: string, style: string): void {
  for (const {segment} of segmenter.segment(text)) {
    const width = widthOf(segment);
    if (width === 0) {
      // A zero-width mark joins the character before it.
      const last = cells.pop();
      cells.push({text: (last?.text ?? '') + segment, style: last?.style ?? style});
      continue;
    }
    cells.push({text: segment, style});
    for (let extra = 1; extra < width; extra++) cells.push({text: '', style});
  }
}

// Printable ASCII is one cell per character; only the rest needs grapheme segmentation.
const NON_ASCII = /[^\u0020-\u007E]+/g;

function pushText(cells: Cell[], text: string, style: string): void {
  let index = 0;
  for (const match of text.matchAll(NON_ASCII)) {
    for (let at = index; at < match.index; at++) cells.push({text: text.charAt(at), style});
    // A combining mark after ASCII belongs to the letter before it.
    pushGraphemes(cells, match[0], style);
    index = match.index + match[0].length;
  }
  for (let at = index; at < text.length; at++) cells.push({text: text.charAt(at), style});
}

/** The cells of one rendered line, or null when it holds escapes this model does not know. */
export function toCells(line: string): Cell[] | null {
  const cells: Cell[] = [];
  const sgr: Sgr = {};
  let link = '';
  let style = '';
  let index = 0;
  while (index < line.length) {
    const next = line.indexOf('\u001B', index);
    const end = next === -1 ? line.length : next;
    if (end > index) pushText(cells, line.slice(index, end), style);
    if (next === -1) break;
    ESCAPE.lastIndex = next;
    const match = ESCAPE.exec(line);
    if (match === null) return null;
    if (match[1] !== undefined) {
      if (!applySgr(sgr, match[1])) return null;
    } else link = match[2] ?? '';
    style = styleKey(sgr, link);
    index = ESCAPE.lastIndex;
  }
  return cells;
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
