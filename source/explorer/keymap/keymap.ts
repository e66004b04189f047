// The keymap's machinery: a binding's keys written as short tokens, matched against what
// Ink's `useInput` reports; the action for a key in a mode; and the help overlay's and the
// footer's texts, all from the one table in bindings.ts.
import type {Key} from '../../terminal/key-presses.js';
import type {Action} from '../actions.js';
import type {Mode} from '../state.js';
import type {Binding} from './bindings.js';
import {BROWSING} from './browsing.js';
import {HEALTH} from './health.js';
import {PROMPTS} from './prompts.js';

type KeyName =
  | 'upArrow'
  | 'downArrow'
  | 'leftArrow'
  | 'rightArrow'
  | 'pageUp'
  | 'pageDown'
  | 'home'
  | 'end'
  | 'return'
  | 'escape'
  | 'tab'
  | 'backspace'
  | 'delete';

/** What one physical key looks like to `useInput`: a printable character or a named key. */
export type KeySpec =
  | {readonly input: string; readonly ctrl?: true}
  | {readonly key: KeyName; readonly shift?: boolean}
  | {readonly any: true};

// Tab is Tab without Shift; Shift-Tab is `S-tab`. Other named keys ignore Shift.
const NAMED: Readonly<Record<string, KeySpec>> = {
  up: {key: 'upArrow'},
  down: {key: 'downArrow'},
  left: {key: 'leftArrow'},
  right: {key: 'rightArrow'},
  pgup: {key: 'pageUp'},
  pgdn: {key: 'pageDown'},
  home: {key: 'home'},
  end: {key: 'end'},
  enter: {key: 'return'},
  esc: {key: 'escape'},
  tab: {key: 'tab', shift: false},
  'S-tab': {key: 'tab', shift: true},
  bs: {key: 'backspace'},
  del: {key: 'delete'},
  space: {input: ' '},
  any: {any: true},
};

/** The specs of a binding's key tokens: `up k`, `C-u`, `S-tab`, `any`… */
export function parseKeys(tokens: string): readonly KeySpec[] {
  return tokens.split(' ').map((token) => {
    const named = NAMED[token];
    if (named !== undefined) return named;
    if (token.startsWith('C-') && token.length === 3) return {input: token.slice(2), ctrl: true};
    return {input: token};
  });
}

function matches(spec: KeySpec, input: string, key: Key): boolean {
  if ('any' in spec) return true;
  if ('input' in spec) {
    const ctrl = spec.ctrl === true;
    return input === spec.input && key.ctrl === ctrl && (ctrl || !key.meta);
  }
  if (!key[spec.key] || key.ctrl) return false;
  return spec.shift === undefined || key.shift === spec.shift;
}

/** One binding, ready to match: its key specs parsed once. */
export type Bound = Binding & {readonly specs: readonly KeySpec[]; readonly modes: readonly Mode[]};

/** Every binding, in the order the help overlay and the readme list them; the first match wins. */
export const BINDINGS: readonly Bound[] = [...BROWSING, ...HEALTH, ...PROMPTS].flatMap((context) =>
  context.bindings.map((binding) => ({
    ...binding,
    modes: context.modes,
    specs: parseKeys(binding.keys),
  })),
);

const sameSpec = (a: KeySpec, b: KeySpec): boolean =>
  'any' in a || JSON.stringify(a) === JSON.stringify(b);

/**
 * True when `binding` acts in `mode`: it is bound there and some key of it is not taken by
 * an earlier binding of the mode (the split view's Esc hides the list's). Only those are
 * shown in the help and the footer.
 */
function reachable(binding: Bound, mode: Mode): boolean {
  if (!binding.modes.includes(mode)) return false;
  const earlier = BINDINGS.slice(0, BINDINGS.indexOf(binding)).filter((other) =>
    other.modes.includes(mode),
  );
  return binding.specs.some(
    (spec) => !earlier.some((other) => other.specs.some((taken) => sameSpec(taken, spec))),
  );
}

/** What a key press does in `mode`: an action, `'quit'`, or null when it is not bound. */
export function actionFor(input: string, key: Key, mode: Mode): Action | 'quit' | null {
  // Kitty's keyboard protocol reports releases too; a key acts once, on press.
  if (key.eventType === 'release') return null;
  for (const binding of BINDINGS) {
    if (!binding.modes.includes(mode)) continue;
    if (!binding.specs.some((spec) => matches(spec, input, key))) continue;
    return typeof binding.action === 'function' ? binding.action(input, key) : binding.action;
  }
  return null;
}

/** Each mode's name in the help overlay and the readme. */
export const MODE_TITLES: Readonly<Record<Mode, string>> = {
  list: 'Run list',
  split: 'Split view',
  detail: 'Run detail',
  help: 'Help',
  search: 'Search bar',
  flows: 'Flow picker',
  'flow-search': 'Flow search',
  goto: 'Run id prompt',
  page: 'Page prompt',
  health: 'Health view',
  profiles: 'Profile picker',
};

// The help's sections; the split view lists only what differs from the list (its J says so).
const HELP_TITLES: readonly (readonly [Mode, string])[] = [
  ['list', MODE_TITLES.list],
  ['split', 'Split view (140+ columns)'],
  ['detail', 'Run detail (full width)'],
  ['health', MODE_TITLES.health],
  ['goto', 'Run id prompt (:)'],
  ['search', MODE_TITLES.search],
  ['flows', MODE_TITLES.flows],
  ['flow-search', MODE_TITLES['flow-search']],
  ['page', MODE_TITLES.page],
  ['profiles', MODE_TITLES.profiles],
];

/** One section of the help overlay: a mode's title and its keys. */
export type HelpSection = {
  readonly title: string;
  readonly bindings: readonly {readonly keys: string; readonly help: string}[];
};

// The same array every time: the overlay is measured and drawn from it.
let sections: readonly HelpSection[] | null = null;

/** The help overlay: one section per mode, each a list of `{keys, help}`. */
export function helpSections(): readonly HelpSection[] {
  sections ??= HELP_TITLES.map(([mode, title]) => ({
    title,
    bindings: BINDINGS.filter(
      (binding) =>
        reachable(binding, mode) && (mode !== 'split' || !binding.modes.includes('list')),
    ).map((binding) => ({keys: binding.label, help: binding.help})),
  }));
  return sections;
}

/** One hint of the footer: keys and what they do. */
export type Hint = {readonly keys: string; readonly label: string};

// One array per mode, the same every time: a footer given the same hints need not render.
const HINTS = new Map<Mode, readonly Hint[]>();

/** The footer's hints for `mode`, e.g. `↑↓ move`, `Enter open`, `? help`. */
export function footerHints(mode: Mode): readonly Hint[] {
  let hints = HINTS.get(mode);
  if (hints === undefined) {
    hints = BINDINGS.flatMap((binding) =>
      binding.footer !== undefined && reachable(binding, mode)
        ? [{keys: binding.footer[0], label: binding.footer[1]}]
        : [],
    );
    HINTS.set(mode, hints);
  }
  return hints;
}
