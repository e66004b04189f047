// The shape of the key bindings, and the helpers their tables are written with. The
// tables themselves are browsing.ts (the list, the detail, everywhere) and prompts.ts
// (search, flow picker, help); keymap.ts puts them in order and matches keys against them.
import type {Key} from '../../terminal/key-presses.js';
import type {Action} from '../actions.js';
import type {Mode} from '../state.js';

/** One binding: key tokens (see keymap.ts), how they read, what they do, a footer hint. */
export type Binding = {
  /** Space-separated tokens: `up k`, `C-u`, `S-tab`, `any`. */
  readonly keys: string;
  /** How the keys are written on screen and in the readme, e.g. `↑/k`. */
  readonly label: string;
  readonly help: string;
  /** What it does; a function when the key pressed picks the action (1-5). */
  readonly action: Action | 'quit' | ((input: string, key: Key) => Action);
  /** The footer's short form, `[keys, label]`; absent keeps it out of the footer. */
  readonly footer?: readonly [string, string];
};

/** Bindings that work in the same modes. */
export type Context = {readonly modes: readonly Mode[]; readonly bindings: readonly Binding[]};

type Row = readonly [
  keys: string,
  label: string,
  help: string,
  action: Binding['action'],
  footer?: readonly [string, string],
];

/** Bindings from table rows. */
export const rows = (...table: readonly Row[]): readonly Binding[] =>
  table.map(([keys, label, help, action, footer]) =>
    footer === undefined ? {keys, label, help, action} : {keys, label, help, action, footer},
  );

/** `1 2 … count`: the digit keys. */
export const digits = (count: number): string =>
  Array.from({length: count}, (_, index) => String(index + 1)).join(' ');

/** A key's text, for typing: other Ctrl and Alt chords are not text. */
export const text = (input: string, key: Key): string => (key.ctrl || key.meta ? '' : input);
