// The edge where the reducer's terminal effects become bytes: the bell, OSC 9
// notifications and OSC 52 clipboard writes, each written once, beside Ink's frame.
// None of them moves the cursor, so they never disturb what Ink painted.
import {useEffect, useRef} from 'react';
import type {Effect} from './triage/reduce-triage.js';
import {BELL, clipboardSequence, notifySequence, type Multiplexer} from './terminal-codes.js';

/** The bytes for one effect; empty when it cannot be sent (a clipboard payload too large). */
export function effectBytes(effect: Effect, multiplexer: Multiplexer): string {
  switch (effect.kind) {
    case 'bell':
      return BELL;
    case 'notify':
      return notifySequence(effect.text, multiplexer);
    case 'copy':
      return clipboardSequence(effect.text, multiplexer) ?? '';
  }
}

/** Writes every effect newer than the last one written, in order. */
export function useTerminalEffects(
  effects: readonly Effect[],
  write: (bytes: string) => void,
  multiplexer: Multiplexer,
): void {
  // Effects queued before this mount (none in practice) are written like any other.
  const written = useRef(0);
  useEffect(() => {
    const fresh = effects.filter((effect) => effect.id > written.current);
    if (fresh.length === 0) return;
    written.current = fresh.at(-1)?.id ?? written.current;
    const bytes = fresh.map((effect) => effectBytes(effect, multiplexer)).join('');
    if (bytes !== '') write(bytes);
  }, [effects, write, multiplexer]);
}
