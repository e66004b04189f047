// Sparklines: counts as a row of block glyphs (▁▂▃▄▅▆▇█), each count scaled to the row's
// largest, a bucket with none left blank so a gap reads as a gap. ASCII stand-ins come
// from the glyph table, one cell each like the blocks.
import {glyph, type GlyphName} from './glyphs.js';

const LEVELS: readonly GlyphName[] = [
  'spark1',
  'spark2',
  'spark3',
  'spark4',
  'spark5',
  'spark6',
  'spark7',
  'spark8',
];

/**
 * `values` summed into `cells` groups, oldest first: group i takes the values from
 * ⌊i·n/cells⌋ up to ⌊(i+1)·n/cells⌋, so 168 hours make 24 cells of 7 hours each.
 */
export function binDown(values: readonly number[], cells: number): number[] {
  const n = values.length;
  const count = Math.max(1, Math.min(Math.floor(cells), n));
  return Array.from({length: count}, (_, cell) => {
    let sum = 0;
    const end = Math.floor(((cell + 1) * n) / count);
    for (let at = Math.floor((cell * n) / count); at < end; at++) sum += values[at] ?? 0;
    return sum;
  });
}

/** One glyph per value: a space for none, else ▁ to █ by its share of the largest. */
export function sparkline(values: readonly number[], ascii: boolean): string {
  let top = 0;
  for (const value of values) if (value > top) top = value;
  return values
    .map((value) => {
      if (!(value > 0)) return ' ';
      const level = Math.min(LEVELS.length, Math.max(1, Math.ceil((value / top) * LEVELS.length)));
      return glyph(LEVELS[level - 1] ?? 'spark8', ascii);
    })
    .join('');
}

/**
 * The most cells up to `room` that split `buckets` evenly (24 hours: 24, 12, 8…): an
 * uneven split would make some cells look busier only for holding more buckets.
 */
export function evenCells(buckets: number, room: number): number {
  const n = Math.max(1, Math.floor(buckets));
  for (let cells = Math.min(n, Math.floor(room)); cells > 1; cells--)
    if (n % cells === 0) return cells;
  return 1;
}
