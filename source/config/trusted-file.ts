// Opening the files that decide where the key goes (the config) or hold it (a key file),
// as ssh treats its own: refused, whatever they hold, when someone else could have
// written them. Files are opened non-blocking and checked with fstat before a byte is
// read, so a FIFO or a device planted in their place fails at once instead of hanging a
// tmux status bar forever; fstat reads the file actually opened, so a symlink is judged
// by its target and cannot be swapped between the check and the read.

import {closeSync, constants, fstatSync, lstatSync, openSync, readFileSync} from 'node:fs';
import {realpathSync, type Stats} from 'node:fs';

/** What a non-regular file is, for messages: `a FIFO`, `a directory`… */
export function fileKind(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/** The parts of a stat that decide trust. */
export type Ownership = {readonly mode: number; readonly uid: number};

/**
 * Why the file at `path` (described as `shown`) with `stat` cannot be trusted by the user
 * `ownUid`, or null when it can: owned by someone other than that user or root, or
 * writable by group or others. Pure.
 */
export function distrust(
  path: string,
  stat: Ownership,
  ownUid: number,
  shown: string = path,
): string | null {
  if (stat.uid !== ownUid && stat.uid !== 0) {
    return `${shown} belongs to another user (uid ${stat.uid}), who could change it; check it, then replace it with a copy of your own`;
  }
  if ((stat.mode & 0o022) !== 0) {
    const octal = (stat.mode & 0o777).toString(8).padStart(3, '0');
    return `${shown} can be changed by other users (mode ${octal}); run: chmod 600 ${path}`;
  }
  return null;
}

// Windows has no POSIX owners or modes (stat reports 0o666 and uid 0 for every file).
const ownUid = process.platform === 'win32' ? null : (process.getuid?.() ?? null);

// `path`, and where it leads when it is a symbolic link, for messages.
function named(path: string): string {
  try {
    if (!lstatSync(path).isSymbolicLink()) return path;
    return `${path} (a symbolic link to ${realpathSync(path)})`;
  } catch {
    return path;
  }
}

/** A trusted file's text and mode, none (`missing`), or why it cannot be used. */
export type TrustedRead =
  | {readonly ok: true; readonly text: string; readonly mode: number}
  | {readonly ok: false; readonly missing: boolean; readonly message: string};

function cannot(path: string, error: unknown): TrustedRead {
  const code = (error as {code?: unknown} | null)?.code;
  const why =
    code === 'EACCES'
      ? 'permission denied'
      : code === 'ENXIO'
        ? 'it is not a regular file'
        : error instanceof Error
          ? (error.message.split('\n')[0] ?? '')
          : String(error);
  return {ok: false, missing: code === 'ENOENT', message: `cannot read ${path}: ${why}`};
}

/**
 * Reads `path` if it is a regular file of at most `maxBytes` that only its owner (this
 * user or root) can change; otherwise says why not, naming the file and the fix.
 */
export function readTrustedFile(path: string, maxBytes: number): TrustedRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    return cannot(path, error);
  }
  try {
    const stat = fstatSync(fd);
    const refuse = (message: string): TrustedRead => ({ok: false, missing: false, message});
    if (!stat.isFile())
      return refuse(`${named(path)} is ${fileKind(stat)}; it must be a regular file`);
    const distrusted = ownUid === null ? null : distrust(path, stat, ownUid, named(path));
    if (distrusted !== null) return refuse(distrusted);
    if (stat.size > maxBytes)
      return refuse(
        `${path} is larger than ${Math.round(maxBytes / 1024)} KB; is it the right file?`,
      );
    return {ok: true, text: readFileSync(fd, 'utf8'), mode: stat.mode};
  } catch (error) {
    return cannot(path, error);
  } finally {
    closeSync(fd);
  }
}

/** True when the checks on owners and modes apply here (not on Windows). */
export const checksOwnership = ownUid !== null;
