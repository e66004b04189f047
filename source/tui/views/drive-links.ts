// Drive exports arrive as bare file ids; people need links they can open.
import type {DriveFile} from '../../domain/run.js';

/** The mime type of a native Google Sheets file. */
export const SHEETS_MIME_TYPE = 'application/vnd.google-apps.spreadsheet';

/** A browser link to a Drive export: the sheet tab itself for Google Sheets, else the file. */
export function driveUrl(file: Pick<DriveFile, 'fileId' | 'mimeType'>, sheetId?: number): string {
  const id = encodeURIComponent(file.fileId);
  if (file.mimeType === SHEETS_MIME_TYPE) {
    const base = `https://docs.google.com/spreadsheets/d/${id}/edit`;
    return sheetId === undefined ? base : `${base}#gid=${sheetId}`;
  }
  return `https://drive.google.com/file/d/${id}/view`;
}
