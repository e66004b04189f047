// A line of text changed in Ink's tree and on the screen at once, with no React render and
// no Ink frame: what a clock tick does to the rows whose seconds it moves. Ink's next frame,
// whatever makes it, lays the tree out as it is, so it shows the same text. The screen
// checks that it shows the old text where Ink put it, so a row that is covered, clipped
// or moved is left to a frame instead (terminal/renderer/patch.ts).
import {stripVTControlCharacters} from 'node:util';
import type {DOMElement} from 'ink';
import type {DrawText} from '../../terminal/renderer/screen.js';
import {inkWidth} from '../../text/ink-width.js';

// An `ink-text` element holding one line of text.
type TextElement = DOMElement & {
  readonly childNodes: [{nodeName: '#text'; nodeValue: string}];
};

const holds = (node: DOMElement['childNodes'][number], text: string): node is TextElement =>
  node.nodeName === 'ink-text' &&
  node.childNodes.length === 1 &&
  node.childNodes[0]?.nodeName === '#text' &&
  node.childNodes[0].nodeValue === text;

// The one `ink-text` child of `host` whose text is `text`; null when none, or two.
function findText(host: DOMElement | null, text: string): TextElement | null {
  let found: TextElement | null = null;
  for (const node of host?.childNodes ?? []) {
    if (!holds(node, text)) continue;
    if (found !== null) return null;
    found = node;
  }
  return found;
}

const width = (text: string): number => inkWidth(stripVTControlCharacters(text));

// Where Ink writes the element: the sum of its and its ancestors' offsets, as it renders.
function placeOf(element: DOMElement): {readonly row: number; readonly column: number} | null {
  let row = 0;
  let column = 0;
  for (let node: DOMElement | undefined = element; node !== undefined; node = node.parentNode) {
    if (node.yogaNode === undefined) return null;
    row += node.yogaNode.getComputedTop();
    column += node.yogaNode.getComputedLeft();
  }
  return {row, column};
}

/**
 * Gives the one `ink-text` child of `host` that holds `before` the text `after`, of the same
 * width and one line, and draws it. False, with nothing changed, when there is no `draw`,
 * no such child or two, or the screen does not show `before` where Ink put it.
 */
export function redrawText(
  host: DOMElement | null,
  before: string,
  after: string,
  draw: DrawText | undefined,
): boolean {
  const element = draw === undefined ? null : findText(host, before);
  if (draw === undefined || element === null) return false;
  const text = element.childNodes[0];
  const place = placeOf(element);
  if (place === null || after.includes('\n') || width(after) !== width(text.nodeValue))
    return false;
  if (!draw(place.row, place.column, text.nodeValue, after)) return false;
  // Not Ink's setTextNodeValue: the width Ink measured stands, so does the layout, and
  // nothing needs Ink to render the tree again.
  text.nodeValue = after;
  return true;
}
