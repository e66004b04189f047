// Opens the connection a command needs, runs the command with it, and closes it: reads
// the profile's key file first (exit 2 when it is unusable, like any configuration
// problem) and reports a demo simulator that cannot start (exit 1) in one line.

import type {Writable} from 'node:stream';
import {readKeyFile} from '../config/load.js';
import type {Connection, PlannedConnection} from './connection.js';
import type {Session, SessionOptions} from './connect.js';
import {errorLine, write} from '../commands/shared/output.js';

/** The connection with its key read from the profile's key file, or why that failed. */
export function resolveConnection(
  planned: PlannedConnection,
): Connection | {readonly message: string} {
  if (planned.kind !== 'key-file') return planned;
  const read = readKeyFile(planned.apiKeyFile);
  if ('message' in read) return read;
  const {baseUrl, insecureHttp} = planned;
  return {kind: 'api', baseUrl, apiKey: read.key, ...(insecureHttp ? {insecureHttp} : {})};
}

/** Runs `work` with a session for `planned`; resolves to its exit code. */
export async function openSession(
  planned: PlannedConnection,
  stderr: Writable,
  options: SessionOptions,
  work: (session: Session) => Promise<number>,
): Promise<number> {
  const connection = resolveConnection(planned);
  if ('message' in connection) {
    await write(stderr, errorLine(connection.message));
    return 2;
  }
  let session: Session;
  try {
    // The API client (axios, zod) and the simulator load only once a command needs them.
    const {connect} = await import('./connect.js');
    session = await connect(connection, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // A debug log that cannot be written is the user's to fix, like any bad flag.
    if (error instanceof Error && error.name === 'DebugLogError') {
      await write(stderr, errorLine(reason));
      return 2;
    }
    // Otherwise only --demo can fail here (the simulator could not listen).
    await write(stderr, errorLine(`cannot start the demo simulator: ${reason}`));
    return 1;
  }
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}
