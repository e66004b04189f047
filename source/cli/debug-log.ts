// `--debug FILE`: one line per request, for finding out why a dashboard went red at 3 am.
// The file is created with mode 0600 (and tightened if it already existed), opened
// without following a symlink someone may have planted, and every line is scrubbed of
// the key, although nothing in it should hold the key in the first place. It is opened
// non-blocking and must be a regular file: opening a FIFO for writing would otherwise
// wait for a reader forever, and the app with it.
import {closeSync, constants, fchmodSync, fstatSync, openSync, writeSync} from 'node:fs';
import {fileKind} from '../config/trusted-file.js';
import type {RequestInfo} from '../api/client.js';
import {scrub} from '../commands/shared/output.js';

/** An open request log. */
export type DebugLog = {
  readonly onRequest: (info: RequestInfo) => void;
  readonly close: () => void;
};

/** One log line: ISO time, method, path and query, status, ms, error kind. */
export function debugLine(info: RequestInfo, at: number, secret: string): string {
  const status = info.status === null ? '-' : String(info.status);
  const error = info.error === null ? 'ok' : info.error;
  const line = `${new Date(at).toISOString()} ${info.method} ${info.path} ${status} ${info.ms}ms ${error}`;
  return `${scrub(line.replace(/[\u0000-\u001f\u007f-\u009f]/g, ''), secret)}\n`;
}

/** Opens `path` for appending; throws (with a one-line message) when it cannot. */
export function openDebugLog(path: string, secret: string, now: () => number): DebugLog {
  let fd: number;
  try {
    fd = openSync(
      path,
      constants.O_WRONLY |
        constants.O_APPEND |
        constants.O_CREAT |
        constants.O_NOFOLLOW |
        constants.O_NONBLOCK |
        constants.O_NOCTTY,
      0o600,
    );
  } catch (error) {
    const code = (error as {code?: unknown}).code;
    // ENXIO: a FIFO that nobody reads.
    const why =
      code === 'ELOOP'
        ? 'it is a symbolic link'
        : code === 'ENXIO'
          ? 'it is not a regular file'
          : String(code ?? error);
    throw new Error(`cannot write the debug log ${path}: ${why}`);
  }
  const stat = fstatSync(fd);
  if (!stat.isFile()) {
    closeSync(fd);
    throw new Error(`cannot write the debug log ${path}: it is ${fileKind(stat)}`);
  }
  fchmodSync(fd, 0o600);
  let open = true;
  return {
    onRequest: (info) => {
      if (!open) return;
      try {
        writeSync(fd, debugLine(info, now(), secret));
      } catch {
        // A full disk must not take the UI down with it.
      }
    },
    close: () => {
      if (!open) return;
      open = false;
      closeSync(fd);
    },
  };
}
