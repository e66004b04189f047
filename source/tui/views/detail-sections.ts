// The metadata and Drive-export sections of the detail pane, capped (detail-caps.ts).
import type {Run} from '../../domain/run.js';
import {chunk, displayWidth, foldNewlines, padEnd, truncate} from '../../text/format.js';
import {
  DRIVE_FILES,
  DRIVE_SHEETS,
  LINK_LINES,
  moreLine,
  TEXT_LINES,
  wrapAtMost,
} from './detail-caps.js';
import {driveUrl, SHEETS_MIME_TYPE} from './drive-links.js';
import {seg, type Line} from './line.js';
import {metadataEntries} from '../../domain/metadata.js';

/** Run metadata as `path = value` lines, values wrapped beside their keys. */
export function metadataLines(run: Run, width: number, ellipsis: string): Line[] {
  const entries = metadataEntries(run.metadata);
  if (entries.length === 0) return [[seg(truncate('  none', width), 'muted')]];
  let widest = 0;
  for (const entry of entries)
    if (entry.kind === 'pair') widest = Math.max(widest, displayWidth(entry.key));
  const keyWidth = Math.min(widest, Math.max(4, Math.floor(width * 0.4)));
  const room = width - 2 - keyWidth - 3;
  const lines: Line[] = [];
  for (const entry of entries) {
    if (entry.kind === 'more') {
      lines.push(moreLine(entry.count, entry.key === '' ? '' : `in ${entry.key}`, width, ellipsis));
      continue;
    }
    const {key, value} = entry;
    if (room < 12) {
      lines.push([seg(truncate(`  ${key}`, width, ellipsis), 'label')]);
      for (const text of wrapAtMost(value, width - 4, TEXT_LINES, ellipsis))
        lines.push([seg('    '), seg(text)]);
      continue;
    }
    const name = seg(`  ${padEnd(key, keyWidth, ellipsis)}`, 'label');
    wrapAtMost(value, room, TEXT_LINES, ellipsis).forEach((text, index) =>
      lines.push(
        index === 0
          ? [name, seg(' = ', 'muted'), seg(text)]
          : [seg(' '.repeat(keyWidth + 5)), seg(text)],
      ),
    );
  }
  return lines;
}

// Links are broken into full-width pieces at column 0 rather than truncated, so a person
// can still select and copy every character. With links on, each piece is also an OSC 8
// hyperlink to the whole URL. Ink 6.8 counts the escape's bytes as cells when it places
// text after it on the same row, so a link is always alone on its line, and the detail
// pane is the rightmost thing on screen. Drive ids are short; a server's 10,000-character
// one is cut after LINK_LINES lines.
function urlLines(url: string, width: number, links: boolean): Line[] {
  const pieces = chunk(url.slice(0, (LINK_LINES + 1) * Math.max(1, width)), width);
  const shown = pieces.length > LINK_LINES ? pieces.slice(0, LINK_LINES) : pieces;
  if (shown.length < pieces.length) shown[shown.length - 1] = truncate(`${shown.at(-1)}…`, width);
  return shown.map((piece) => [seg(piece, 'link', links ? url : undefined)]);
}

function fileLines(file: Run['driveFiles'][number], width: number, links: boolean): Line[] {
  const kind = file.mimeType === SHEETS_MIME_TYPE ? 'Google Sheets' : foldNewlines(file.mimeType);
  const key = foldNewlines(file.key);
  const lines: Line[] = [
    [
      seg(truncate(`  ${key}`, width), 'label'),
      seg(truncate(`  ${kind}`, width - 2 - displayWidth(key)), 'muted'),
    ],
  ];
  if (file.mimeType !== SHEETS_MIME_TYPE || file.sheets.length === 0) {
    for (const line of urlLines(driveUrl(file), width, links)) lines.push(line);
    return lines;
  }
  for (const sheet of file.sheets.slice(0, DRIVE_SHEETS)) {
    for (const text of wrapAtMost(`sheet "${sheet.title}"`, width - 4, LINK_LINES))
      lines.push([seg('    '), seg(text)]);
    for (const line of urlLines(driveUrl(file, sheet.sheetId), width, links)) lines.push(line);
  }
  if (file.sheets.length > DRIVE_SHEETS)
    lines.push(moreLine(file.sheets.length - DRIVE_SHEETS, 'sheets', width));
  return lines;
}

/** Each Drive export with its sheets and a link for each, links kept whole. */
export function driveLines(run: Run, width: number, links = false): Line[] {
  if (run.driveFiles.length === 0) return [[seg(truncate('  none', width), 'muted')]];
  const lines: Line[] = [];
  for (const file of run.driveFiles.slice(0, DRIVE_FILES))
    for (const line of fileLines(file, width, links)) lines.push(line);
  if (run.driveFiles.length > DRIVE_FILES)
    lines.push(moreLine(run.driveFiles.length - DRIVE_FILES, 'Drive files', width));
  return lines;
}
