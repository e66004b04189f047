// Opens the connection a command needs, runs the command with it, and closes it: reads
// the profile's key file first (exit 2 when it is unusable, like any configuration
// problem) and reports a demo simulator that cannot start (exit 1) in one line.

import type {Writable} from 'node:stream';
import {readKeyFile} from '../config/load.js';
import type {PlannedConnection} from '../options.js';
import {connect, type Session} from './connect.js';
import {errorLine, write} from './output.js';

/** Runs `work` with a session for `planned`; resolves to its exit code. */
export async function openSession(
  planned: PlannedConnection,
  stderr: Writable,
  options: {readonly timeoutMs?: number},
  work: (session: Session) => Promise<number>,
): Promise<number> {
  let connection = planned;
  if (connection.kind === 'key-file') {
    const read = readKeyFile(connection.apiKeyFile);
    if ('message' in read) {
      await write(stderr, errorLine(read.message));
      return 2;
    }
    connection = {kind: 'api', baseUrl: connection.baseUrl, apiKey: read.key};
  }
  let session: Session;
  try {
    session = await connect(connection, options);
  } catch (error) {
    // Only --demo can fail here (the simulator could not listen).
    const reason = error instanceof Error ? error.message : String(error);
    await write(stderr, errorLine(`cannot start the demo simulator: ${reason}`));
    return 1;
  }
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}
