import {EventEmitter} from 'node:events';

/** A terminal's output side with a size the test chooses and can change. */
export class FakeStdout extends EventEmitter {
  readonly frames: string[] = [];
  constructor(
    public columns: number,
    public rows: number,
    /** True makes Ink (and runTui) treat it as a real terminal. */
    readonly isTTY = false,
  ) {
    super();
  }
  write = (frame: string, callback?: () => void): boolean => {
    this.frames.push(frame);
    callback?.();
    return true;
  };
  /** Everything written, in order. */
  all(): string {
    return this.frames.join('');
  }
}

/** A terminal's input side that tests type into. */
export class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  rawMode = false;
  private data: string | null = null;
  write = (data: string): void => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  read = (): string | null => {
    const {data} = this;
    this.data = null;
    return data;
  };
  setRawMode(mode: boolean): this {
    this.rawMode = mode;
    return this;
  }
  setEncoding(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}
