// Writes the readme's key table from the keymap (npm run readme:keys), between its
// <!-- keys:start --> and <!-- keys:end --> markers; a test checks the readme holds it.
// Not part of the CLI: nothing in source/ imports it.
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {BINDINGS, MODE_TITLES} from '../source/explorer/keymap/keymap.js';
import type {Mode} from '../source/explorer/state.js';
import {cellWidth} from '../source/text/width.js';

const EVERYWHERE = Object.keys(MODE_TITLES).length;

function whereLabel(modes: readonly Mode[]): string {
  if (modes.length === EVERYWHERE) return 'everywhere';
  // The split view is the run list with the detail beside it: the readme says it keeps the
  // list's keys, so they read "run list" alone.
  const named = modes.includes('list') ? modes.filter((mode) => mode !== 'split') : modes;
  return named.map((mode) => MODE_TITLES[mode].toLowerCase()).join(', ');
}

/**
 * A markdown table of every binding, laid out the way Prettier formats it (so formatting
 * the readme keeps it verbatim); the readme holds it between its key markers.
 */
export function keymapMarkdown(): string {
  const escape = (text: string): string => text.replaceAll('|', '\\|');
  const rows = [
    ['Keys', 'Where', 'Does'],
    ...BINDINGS.map((binding) => [
      escape(binding.label),
      whereLabel(binding.modes),
      escape(binding.help),
    ]),
  ];
  const widths = [0, 1, 2].map((column) =>
    Math.max(3, ...rows.map((row) => cellWidth(row[column] ?? ''))),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - cellWidth(cell))).join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join(
    '\n',
  );
}

/** The readme with its key table replaced by the keymap's. */
export function withKeyTable(readme: string): string {
  return readme.replace(
    /(<!-- keys:start -->\n)[\s\S]*?(\n<!-- keys:end -->)/,
    `$1\n${keymapMarkdown()}\n$2`,
  );
}

// Run as a script: rewrite the readme.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = fileURLToPath(new URL('../readme.md', import.meta.url));
  writeFileSync(path, withKeyTable(readFileSync(path, 'utf8')));
}
