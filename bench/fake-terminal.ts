// The in-process harnesses' screen: 120x40, keeping only a count of the bytes it is sent
// (the tests' FakeStdout keeps every frame, which a heap figure cannot afford). Their
// keyboard is the tests' own FakeStdin (test/helpers/fake-terminal.ts).
import {Writable} from 'node:stream';

/** A terminal that forgets what it is sent: only the byte count is kept. */
export class Sink extends Writable {
  readonly isTTY = true;
  columns = 120;
  rows = 40;
  bytes = 0;
  override _write(chunk: Buffer | string, _encoding: string, done: () => void): void {
    this.bytes += chunk.length;
    done();
  }
}
