// Bundled in place of Ink's Output (ink/build/output.js), which turns a frame's writes into
// lines of text. Ink's version lays every frame out as a grid of one object per cell,
// splits each written line into styled characters (an ANSI tokenizer, per character, with
// a cache that lives for one frame) and serialises the grid back: two thirds of a frame's
// cost, 20 ms for a cold 120x40 frame and most of a keypress on a long list.
// Our frames are lines of text side by side: list rows, a detail pane, borders. When
// every write is such a line (text whose characters each take their own cells, inside
// any clip, not overlapping another write), a row is just its pieces joined by spaces.
// Any other frame goes to Ink's own Output, so its answer never differs where it matters:
// test/ink-output.test.ts compares the two, cell by cell, on random frames.
import InkOutput from '../../node_modules/ink/build/output.js';
import {simpleWidth} from '../simple-text.js';

type Transformer = (line: string, index: number) => string;
type Clip = {
  readonly x1?: number | undefined;
  readonly x2?: number | undefined;
  readonly y1?: number | undefined;
  readonly y2?: number | undefined;
};
type Operation =
  | {
      readonly type: 'write';
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly transformers: readonly Transformer[];
    }
  | {readonly type: 'clip'; readonly clip: Clip}
  | {readonly type: 'unclip'};

type Piece = {readonly x: number; readonly end: number; readonly text: string};

// What our text carries: chalk's SGR colours and OSC 8 links (terminal-codes.ts). Any
// other escape sequence leaves the frame to Ink's Output, which treats it as it always has.
const STYLES_AND_LINKS = /\u001B\[[\d;]*m|\u001B\]8;[^\u0007\u001B]*(?:\u0007|\u001B\\)/g;

const visibleWidth = (line: string): number | undefined => {
  if (!line.includes('\u001B') && !line.includes('\u009B')) return simpleWidth(line);
  const visible = line.replace(STYLES_AND_LINKS, '');
  return visible.includes('\u001B') || visible.includes('\u009B')
    ? undefined
    : simpleWidth(visible);
};

/**
 * The frame's lines, when every write is a simple piece of a row; null when Ink's own
 * Output must lay it out.
 */
export function simpleFrame(
  width: number,
  height: number,
  operations: readonly Operation[],
): string | null {
  const rows: Piece[][] = [];
  const clips: Clip[] = [];
  for (const operation of operations) {
    if (operation.type === 'clip') clips.push(operation.clip);
    else if (operation.type === 'unclip') clips.pop();
    else {
      let {y} = operation;
      let lines = operation.text.split('\n');
      const clip = clips.at(-1);
      // Cutting columns needs Ink's ANSI-aware slicing.
      if (clip?.x1 !== undefined && clip.x2 !== undefined) return null;
      if (clip?.y1 !== undefined && clip.y2 !== undefined) {
        // Ink's vertical clip, as Ink does it (its bounds included).
        if (y + lines.length < clip.y1 || y > clip.y2) continue;
        const from = y < clip.y1 ? clip.y1 - y : 0;
        const to = y + lines.length > clip.y2 ? clip.y2 - y : lines.length;
        lines = lines.slice(from, to);
        if (y < clip.y1) y = clip.y1;
      }
      // Rows outside the frame shift Ink's later lines: leave those frames to Ink.
      if (operation.x < 0 || y < 0 || y + lines.length > height) return null;
      for (const [index, raw] of lines.entries()) {
        let line = raw;
        for (const transform of operation.transformers) line = transform(line, index);
        const cells = visibleWidth(line);
        if (cells === undefined) return null;
        if (cells === 0) continue;
        (rows[y + index] ??= []).push({x: operation.x, end: operation.x + cells, text: line});
      }
    }
  }
  const lines: string[] = [];
  for (let y = 0; y < height; y++) {
    const pieces = rows[y];
    if (pieces === undefined) {
      lines.push('');
      continue;
    }
    pieces.sort((a, b) => a.x - b.x);
    let line = '';
    let at = 0;
    for (const piece of pieces) {
      // An overlap means a later write covers an earlier one, cell by cell: Ink's grid.
      if (piece.x < at) return null;
      line += ' '.repeat(piece.x - at) + piece.text;
      at = piece.end;
    }
    lines.push(line.trimEnd());
  }
  return lines.join('\n');
}

/** Ink's Output: the same interface, laid out by `simpleFrame` whenever it can. */
export default class Output {
  readonly width: number;
  readonly height: number;
  private readonly operations: Operation[] = [];

  constructor(options: {readonly width: number; readonly height: number}) {
    this.width = options.width;
    this.height = options.height;
  }

  write(x: number, y: number, text: string, options: {transformers: Transformer[]}): void {
    if (!text) return;
    this.operations.push({type: 'write', x, y, text, transformers: options.transformers});
  }

  clip(clip: Clip): void {
    this.operations.push({type: 'clip', clip});
  }

  unclip(): void {
    this.operations.push({type: 'unclip'});
  }

  get(): {output: string; height: number} {
    const output = simpleFrame(this.width, this.height, this.operations);
    if (output !== null) return {output, height: this.height};
    const ink = new InkOutput({width: this.width, height: this.height});
    for (const operation of this.operations) {
      if (operation.type === 'write')
        ink.write(operation.x, operation.y, operation.text, {
          transformers: [...operation.transformers],
        });
      else if (operation.type === 'clip') {
        const {x1, x2, y1, y2} = operation.clip;
        ink.clip({x1, x2, y1, y2});
      } else ink.unclip();
    }
    return ink.get();
  }
}
