// The edge where the reducer's terminal effects become bytes and calls: the bell, OSC 9
// notifications and OSC 52 clipboard writes, each written once, beside the frame (none of
// them moves the cursor), and Ctrl-Z's suspend and Ctrl-L's redraw, handed to the screen.
import {useEffect, useMemo, useRef} from 'react';
import {useStdout} from 'ink';
import type {Effect} from '../../explorer/state.js';
import {BELL, clipboardSequence, notifySequence, type Multiplexer} from '../../terminal/codes.js';
import type {DrawText} from '../../terminal/renderer/screen.js';

/** What the effects act on: the screen in the real UI, the bare stream in tests. */
export type TerminalControl = {
  /** Writes bytes that move no cursor. */
  readonly write: (bytes: string) => void;
  /** Gives the terminal back to the shell and stops the process until `fg`. */
  readonly suspend: () => void;
  /** Draws the whole screen again. */
  readonly redraw: () => void;
  /** Draws a row's new text between frames (Screen.draw); absent: the rows render instead. */
  readonly draw?: DrawText;
};

/** The bytes for one written effect; empty when it cannot be sent (a clipboard payload too large). */
export function effectBytes(
  effect: Extract<Effect, {kind: 'bell' | 'notify' | 'copy'}>,
  multiplexer: Multiplexer,
): string {
  switch (effect.kind) {
    case 'bell':
      return BELL;
    case 'notify':
      return notifySequence(effect.text, multiplexer);
    case 'copy':
      return clipboardSequence(effect.text, multiplexer) ?? '';
  }
}

/** Carries out every effect newer than the last one done, in order; on Ink's stream when no terminal is given. */
export function useTerminalEffects(
  effects: readonly Effect[],
  given: TerminalControl | null,
  multiplexer: Multiplexer,
): void {
  const {stdout} = useStdout();
  // Without the screen (tests render to a bare stream) there is nothing to suspend or redraw.
  const stream = useMemo(
    (): TerminalControl => ({
      write: (bytes) => void stdout.write(bytes),
      suspend() {},
      redraw() {},
    }),
    [stdout],
  );
  const terminal = given ?? stream;
  // Effects queued before this mount (none in practice) are carried out like any other.
  const done = useRef(0);
  useEffect(() => {
    const fresh = effects.filter((effect) => effect.id > done.current);
    if (fresh.length === 0) return;
    done.current = fresh.at(-1)?.id ?? done.current;
    let bytes = '';
    const flush = (): void => {
      if (bytes !== '') terminal.write(bytes);
      bytes = '';
    };
    for (const effect of fresh) {
      if (effect.kind === 'suspend' || effect.kind === 'redraw') {
        flush();
        terminal[effect.kind]();
      } else bytes += effectBytes(effect, multiplexer);
    }
    flush();
  }, [effects, terminal, multiplexer]);
}
