// Writing to stdout/stderr from commands: waits for the data to be handed to the OS (so
// exiting right after loses nothing), scrubs the API key from anything printed as a
// last line of defence, and treats a closed pipe (`| head`) as a normal end.

import type {Writable} from 'node:stream';
import {redactor} from '../../api/redact.js';

/** The program name every error line starts with. */
export const PROGRAM = 'tableflow-runs';

/** Resolves once `text` is flushed to `stream`; a closed pipe resolves too. */
export function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) return resolve();
    stream.write(text, () => resolve());
  });
}

/**
 * Replaces every occurrence of `secret` in `text`, in any case; short secrets are left
 * (they would match noise).
 */
export function scrub(text: string, secret: string | undefined): string {
  return redactor(secret)(text);
}

/** `tableflow-runs: <message>` on one line, key scrubbed, control characters removed. */
export function errorLine(message: string, secret?: string): string {
  const single = message.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  return `${PROGRAM}: ${scrub(single, secret)}\n`;
}

/** True for the error a write to a closed pipe raises. */
export function isBrokenPipe(error: unknown): boolean {
  const code = (error as {code?: unknown} | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}
