// The one place that writes to the terminal while the explorer runs. Ink renders each frame
// as text and writes it, with relative moves, to a stream: that stream is this module's,
// which takes the frame's lines and draws them itself. It owns the screen only while it can
// prove what is on it: after a resize, a return from Ctrl-Z or a Ctrl-L it repaints every
// row; in between it sends only the cells that changed. Autowrap is off while it owns the
// screen and every row is positioned absolutely and cleared to its end (frame-diff.ts), so
// no text, whatever width the terminal gives it, can push into another row or scroll; only
// the screen itself scrolls a block of rows, when a frame is the last one shifted (scroll.ts).
// Between frames, a clock tick may draw a row's new seconds itself (`draw`, patch.ts).
import {toLine, type Line} from './cells.js';
import {diffFrame, paintFrame} from './frame-diff.js';
import {isPatched, patchLine, recordPatch, withPatches, type Patch} from './patch.js';
import {BLANK_LINE, findShift, scrollBytes, shifted} from './scroll.js';
import {MOUSE_OFF, MOUSE_ON} from '../mouse.js';

const CSI = '\u001B[';
// Bracketed paste (2004) on while the screen is ours: pasted text arrives marked, so the
// explorer takes it as text, never as keys (explorer/paste.ts).
const ENTER = `${CSI}?1049h${CSI}?25l${CSI}?7l${CSI}?2004h`;
// The alternate screen is emptied, cursor home, before it is left: tmux, leaving it at a
// size other than the one it was entered at, shrinks it back first and pushes its top
// rows into the shell's history, then pulls them onto the restored screen.
const LEAVE = `${CSI}?2004l${CSI}0m${CSI}H${CSI}2J${CSI}?7h${CSI}?25h${CSI}?1049l`;
const SYNC_START = `${CSI}?2026h`;
const SYNC_END = `${CSI}?2026l`;
// Below this many bytes a frame changes a few cells: nothing to tear.
const SYNC_FROM = 256;
// What log-update puts before a frame: erase the previous one (eraseLines), or Ink's
// clearTerminal when the frame filled the screen. We position every row ourselves.
const INK_PREFIX =
  /^(?:\u001B\[2K(?:\u001B\[1A)?)*(?:\u001B\[G)?(?:\u001B\[2J\u001B\[3J\u001B\[H)?/;
// Cursor visibility and synchronised-update markers: the screen sends its own.
const INK_CONTROLS = /^(?:\u001B\[\?25[lh]|\u001B\[\?2026[hl])+$/;

// A few cells need no synchronised update; a larger change is shown whole or not at all.
const synchronised = (bytes: string): string =>
  bytes.length < SYNC_FROM ? bytes : SYNC_START + bytes + SYNC_END;

// Texts kept from one tick's draws for the next: a screen's rows, and then some.
const DRAWN_TEXTS = 512;

type WriteCallback = (error?: Error | null) => void;

/** The screen the explorer draws on. */
export type Screen = {
  /** The stream to give Ink: its frames are drawn, nothing else it writes gets through. */
  readonly stdout: NodeJS.WriteStream;
  /** Takes the screen: alternate screen, cursor hidden, autowrap off, the frame in full. */
  readonly enter: () => void;
  /** Gives the screen back as it was; frames are kept, not drawn, until `enter`. */
  readonly leave: () => void;
  /** Draws the whole frame again, every row, as after a resize. */
  readonly repaint: () => void;
  /**
   * Draws `after` over `before` at `row` and `column` (0-based) now, without a frame, when
   * the screen shows `before` there and `after` takes exactly its columns; false otherwise.
   * The caller's next frame must hold `after` there too (repaints show it until then).
   */
  readonly draw: (row: number, column: number, before: string, after: string) => boolean;
  /** Writes bytes that move no cursor (bell, clipboard, notification) while it owns the screen. */
  readonly write: (bytes: string) => void;
  /** Whether the screen is ours (between `enter` and `leave`). */
  readonly owned: () => boolean;
  /** Leaves, and stops following the terminal's size: the screen is done with. */
  readonly close: () => void;
};

/** Draws a text over another between frames, where the screen can prove it (Screen.draw). */
export type DrawText = Screen['draw'];

/**
 * How the screen draws; `transform` is applied to each line and every write (`--ascii`);
 * `mouse` turns mouse reporting on while the screen is ours, and off whenever it is not.
 */
export type ScreenOptions = {
  readonly transform?: (text: string) => string;
  readonly mouse?: boolean;
};

/** A screen on `terminal`, not yet entered. */
export function ownScreen(terminal: NodeJS.WriteStream, options: ScreenOptions = {}): Screen {
  const transform = options.transform ?? ((text: string) => text);
  // Off before the screen goes back: the shell must not get reports as typed text.
  const [mouseOn, mouseOff] = options.mouse === true ? [MOUSE_ON, MOUSE_OFF] : ['', ''];
  let frame: readonly string[] = [];
  let owned = false;
  // What is on the screen, row by row, with the text each row was drawn from; null: unknown.
  let shown: {readonly texts: readonly string[]; readonly lines: readonly Line[]} | null = null;
  // What `draw` put on the screen since Ink's last frame, drawn again by a repaint.
  let patches: Patch[] = [];
  // The lines of the texts drawn lately, by text.
  const drawnTexts = new Map<string, Line>();
  // The screen before this tick's first `draw`: a tick's draws go out as one diff.
  let drawnFrom: readonly Line[] | null = null;
  const flush = (): void => {
    if (drawnFrom === null) return;
    const bytes = owned && shown !== null ? diffFrame(drawnFrom, shown.lines, sizeOf()) : '';
    drawnFrom = null;
    if (bytes !== '') terminal.write(synchronised(bytes));
  };
  const sizeOf = () => ({columns: terminal.columns || 80, rows: terminal.rows || 24});

  const paint = (): void => {
    if (!owned) return;
    flush();
    const size = sizeOf();
    const texts = frame.slice(0, size.rows);
    // Rows that only moved (a new run at the top) are moved by the terminal, not redrawn.
    const shift = shown === null ? null : findShift(shown.texts, texts);
    const previous =
      shown === null || shift === null
        ? shown
        : {texts: shifted(shown.texts, shift, ''), lines: shifted(shown.lines, shift, BLANK_LINE)};
    // A row `draw` changed shows more than its frame's text: it is never taken as unchanged.
    // A repaint draws the patches made since the frame again.
    const lines = withPatches(
      texts.map((text, row) =>
        previous !== null && previous.texts[row] === text && !isPatched(previous.lines[row] as Line)
          ? (previous.lines[row] as Line)
          : toLine(transform(text), size.columns),
      ),
      shown === null ? patches : [],
    );
    shown = {texts, lines};
    const bytes =
      previous === null
        ? paintFrame(lines, size)
        : (shift === null ? '' : scrollBytes(shift)) + diffFrame(previous.lines, lines, size);
    if (bytes !== '') terminal.write(synchronised(bytes));
  };

  const repaint = (): void => {
    shown = null;
    paint();
  };

  const resized = (): void => {
    shown = null;
    // Ink draws the new size at once when its layout changed; when it did not (a height
    // change a frame does not show), the frame goes up again as it is, cut to the new size.
    setImmediate(() => {
      if (shown === null) paint();
    });
  };
  terminal.on('resize', resized);

  const fromInk = (text: string): void => {
    if (text === '' || INK_CONTROLS.test(text)) return;
    const body = text.slice(INK_PREFIX.exec(text)?.[0].length ?? 0);
    frame = (body.endsWith('\n') ? body.slice(0, -1) : body).split('\n');
    // Ink lays the frame out from the text `draw`'s caller left in its tree: it holds them.
    patches = [];
    paint();
  };

  const stdout = new Proxy(terminal, {
    get(target, property) {
      if (property === 'write')
        return (
          chunk: string | Uint8Array,
          encoding?: BufferEncoding | WriteCallback,
          callback?: WriteCallback,
        ): boolean => {
          fromInk(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
          (typeof encoding === 'function' ? encoding : callback)?.();
          return true;
        };
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

  const draw = (row: number, column: number, before: string, after: string): boolean => {
    const line = shown?.lines[row];
    if (!owned || shown === null || line === undefined) return false;
    const was = drawnTexts.get(before) ?? toLine(transform(before));
    const now = toLine(transform(after));
    // A row's next `before` is this `after`.
    if (drawnTexts.size >= DRAWN_TEXTS) drawnTexts.clear();
    drawnTexts.set(after, now);
    const next = patchLine(line, column, was, now);
    if (next === null) return false;
    if (drawnFrom === null) {
      drawnFrom = shown.lines;
      queueMicrotask(flush);
    }
    recordPatch(patches, row, column, was, now);
    shown = {
      texts: shown.texts,
      lines: shown.lines.map((old, index) => (index === row ? next : old)),
    };
    return true;
  };

  const leave = (): void => {
    if (!owned) return;
    flush();
    owned = false;
    shown = null;
    terminal.write(mouseOff + LEAVE);
  };

  return {
    stdout,
    enter() {
      terminal.write(ENTER + mouseOn);
      owned = true;
      repaint();
    },
    leave,
    repaint,
    draw,
    write(bytes) {
      if (owned && bytes !== '') terminal.write(transform(bytes));
    },
    owned: () => owned,
    close() {
      leave();
      terminal.off('resize', resized);
    },
  };
}
