// string-width with a memory, which the build puts in place of `string-width` for every
// module (Ink and widest-line included). Ink measures each text node's lines on every
// frame, and a line with any non-ASCII symbol (a status mark, an ellipsis) costs grapheme
// segmentation and emoji regexes each time: a third of a keypress's work on a long list.
// A TUI shows the same strings frame after frame, so the answers are kept.
import stringWidth, {type Options} from '../node_modules/string-width/index.js';

const MAX_ENTRIES = 8192;
const widths = new Map<string, number>();

/** `string-width`, remembered for calls without options. */
export default function cachedStringWidth(text: string, options?: Options): number {
  if (options !== undefined) return stringWidth(text, options);
  let width = widths.get(text);
  if (width === undefined) {
    width = stringWidth(text);
    // Starting over is cheaper than tracking recency, and rare: frames repeat themselves.
    if (widths.size >= MAX_ENTRIES) widths.clear();
    widths.set(text, width);
  }
  return width;
}
