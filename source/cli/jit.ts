// How eagerly V8 optimises the UI's code. A pane left open does a few milliseconds of work
// a second, spread over the whole of React, Ink and the app; with V8's default budget its
// optimising compiler spends the first minutes compiling function after function that
// each ran a few hundred times, on a second thread: in a live workspace, 0.27 of the
// pane's 0.65 CPU-s a minute (bench: live pane CPU). A budget 16 times larger leaves the
// rarely run code to the baseline tiers and still optimises what runs hot (a page of
// 1,000 runs, a hostile answer). Set before the UI's modules load, so it applies to them.
import {setFlagsFromString} from 'node:v8';

/** The interrupt budget (bytes of bytecode run before a function is considered for optimising). */
export const UI_INTERRUPT_BUDGET = 16 * 67_584;

/** Tunes the JIT for a long-lived, mostly idle UI; the one-shot commands keep V8's defaults. */
export function tuneJitForUi(): void {
  setFlagsFromString(`--interrupt-budget=${UI_INTERRUPT_BUDGET}`);
}
