// The in-process harnesses' terminal: a 120x40 screen that keeps only a count of the bytes
// it is sent, and a keyboard that types what the harness gives it, as Ink reads a TTY.
import {EventEmitter} from 'node:events';
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

/** A keyboard in raw mode; `type` hands Ink one chunk, read on 'readable' as from a TTY. */
export class Keyboard extends EventEmitter {
  readonly isTTY = true;
  private data: string | null = null;
  type(data: string): void {
    this.data = data;
    this.emit('readable');
  }
  read = (): string | null => {
    const {data} = this;
    this.data = null;
    return data;
  };
  setRawMode(): this {
    return this;
  }
  setEncoding(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}
