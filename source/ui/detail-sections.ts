// The metadata and Drive-export sections of the detail pane.
import type {Run} from '../domain.js';
import {chunk, displayWidth, foldNewlines, padEnd, truncate, wrap} from '../format.js';
import {driveUrl, SHEETS_MIME_TYPE} from './drive-links.js';
import {seg, type Line} from './line.js';
import {flattenMetadata} from './metadata.js';

/** Run metadata as `path = value` lines, values wrapped beside their keys. */
export function metadataLines(run: Run, width: number, ellipsis: string): Line[] {
  const pairs = flattenMetadata(run.metadata);
  if (pairs.length === 0) return [[seg(truncate('  none', width), 'muted')]];
  const keyWidth = Math.min(
    Math.max(...pairs.map((p) => displayWidth(p.key))),
    Math.max(4, Math.floor(width * 0.4)),
  );
  const room = width - 2 - keyWidth - 3;
  return pairs.flatMap(({key, value}) => {
    const name = seg(`  ${padEnd(key, keyWidth, ellipsis)}`, 'label');
    if (room < 12) {
      return [
        [seg(truncate(`  ${key}`, width, ellipsis), 'label')],
        ...wrap(value, width - 4).map((t) => [seg('    '), seg(t)]),
      ];
    }
    return wrap(value, room).map((text, index) =>
      index === 0
        ? [name, seg(' = ', 'muted'), seg(text)]
        : [seg(' '.repeat(keyWidth + 5)), seg(text)],
    );
  });
}

// Links are broken into full-width pieces at column 0 rather than truncated, so a person
// can still select and copy every character. With links on, each piece is also an OSC 8
// hyperlink to the whole URL. Ink 6.8 counts the escape's bytes as cells when it places
// text after it on the same row, so a link is always alone on its line, and the detail
// pane is the rightmost thing on screen.
function urlLines(url: string, width: number, links: boolean): Line[] {
  return chunk(url, width).map((piece) => [seg(piece, 'link', links ? url : undefined)]);
}

/** Each Drive export with its sheets and a link for each, links kept whole. */
export function driveLines(run: Run, width: number, links = false): Line[] {
  if (run.driveFiles.length === 0) return [[seg(truncate('  none', width), 'muted')]];
  return run.driveFiles.flatMap((file) => {
    const kind = file.mimeType === SHEETS_MIME_TYPE ? 'Google Sheets' : foldNewlines(file.mimeType);
    const key = foldNewlines(file.key);
    const lines: Line[] = [
      [
        seg(truncate(`  ${key}`, width), 'label'),
        seg(truncate(`  ${kind}`, width - 2 - displayWidth(key)), 'muted'),
      ],
    ];
    if (file.mimeType !== SHEETS_MIME_TYPE || file.sheets.length === 0)
      return [...lines, ...urlLines(driveUrl(file), width, links)];
    for (const sheet of file.sheets) {
      lines.push(
        ...wrap(`sheet "${sheet.title}"`, width - 4).map((text) => [seg('    '), seg(text)]),
      );
      lines.push(...urlLines(driveUrl(file, sheet.sheetId), width, links));
    }
    return lines;
  });
}
