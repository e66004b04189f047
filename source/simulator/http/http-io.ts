// Socket-level helpers for the simulator server: writing an outcome (including the
// deliberately broken ones) and reading the small JSON bodies of control requests.

import type {IncomingMessage, ServerResponse} from 'node:http';
import type {Outcome} from '../faults/faults.js';

/** Writes an outcome. A hang writes nothing: the socket stays open until the client or close() ends it. */
export function sendOutcome(response: ServerResponse, outcome: Outcome): void {
  if (outcome.kind === 'hang') return;
  const {status, headers, body} = outcome.response;
  const bytes = Buffer.from(body, 'utf8');
  response.writeHead(status, {...headers, 'content-length': String(bytes.length)});
  if (outcome.kind === 'respond') {
    response.end(bytes);
    return;
  }
  // Promise the whole body, send half, then drop the connection mid-response.
  response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => response.destroy());
}

/** Reads a request body of at most `limit` bytes; null when it is larger or broken. */
export function readBody(request: IncomingMessage, limit = 16_384): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolve(size <= limit ? Buffer.concat(chunks).toString('utf8') : null));
    request.on('error', () => resolve(null));
  });
}
