// Ink hands a read of several printable characters to useInput as one string (it is
// built for pasting into text fields). Over SSH or from tmux, "jjj" typed quickly, or a
// `send-keys j j Enter`, arrives in one read: split it back into single key presses so
// every key acts, in order.

/**
 * The key flags of one press, as Ink's `useInput` reports them (Ink's own `Key` has these
 * and a few more). Declared here so the explorer's pure core needs nothing from Ink.
 */
export type Key = {
  readonly upArrow: boolean;
  readonly downArrow: boolean;
  readonly leftArrow: boolean;
  readonly rightArrow: boolean;
  readonly pageDown: boolean;
  readonly pageUp: boolean;
  readonly home: boolean;
  readonly end: boolean;
  readonly return: boolean;
  readonly escape: boolean;
  readonly ctrl: boolean;
  readonly shift: boolean;
  readonly tab: boolean;
  readonly backspace: boolean;
  readonly delete: boolean;
  readonly meta: boolean;
  /** Kitty's keyboard protocol also reports releases. */
  readonly eventType?: 'press' | 'repeat' | 'release';
};

/** One key press: the input text and its key flags. */
export type Press = {readonly input: string; readonly key: Key};

/** A `Key` with every flag off: the base of a synthesised key press. */
export const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
};

function single(char: string): Press {
  switch (char) {
    case '\r':
    case '\n':
      return {input: '', key: {...NO_KEY, return: true}};
    case '\t':
      return {input: '', key: {...NO_KEY, tab: true}};
    case '\u007F':
    case '\b':
      return {input: '', key: {...NO_KEY, backspace: true}};
    default: {
      // Ctrl-A … Ctrl-Z (Ctrl-C, Ctrl-D, Ctrl-U…) as Ink reports them alone: the letter, with ctrl.
      const code = char.charCodeAt(0);
      if (code >= 1 && code <= 26)
        return {input: String.fromCharCode(code + 96), key: {...NO_KEY, ctrl: true}};
      return {input: char, key: {...NO_KEY, shift: /^[A-Z]$/.test(char)}};
    }
  }
}

/** The key presses in one `useInput` call: itself, or each character of a burst. */
export function splitPresses(input: string, key: Key): readonly Press[] {
  const chars = Array.from(input);
  if (chars.length < 2 || key.ctrl || key.meta || input.startsWith('\u001B')) return [{input, key}];
  return chars.map((char) => single(char));
}

/**
 * The start or end marker of a bracketed paste (mode 2004), as `useInput` reports it: the
 * CSI `200~` or `201~`, its ESC dropped by Ink or not; null for any other press.
 */
export function pasteEdge(input: string, key: Key): 'start' | 'end' | null {
  if (key.ctrl) return null;
  const body = input.startsWith('\u001B') ? input.slice(1) : input;
  return body === '[200~' ? 'start' : body === '[201~' ? 'end' : null;
}

/**
 * The text a press adds to a paste in progress (Enter and Tab as spaces), or null when
 * it is a key no paste holds (Ctrl, Alt, Esc, arrows, paging): the paste is then over.
 */
export function pastedText(input: string, key: Key): string | null {
  const {ctrl, meta, escape, upArrow, downArrow, leftArrow, rightArrow} = key;
  if (ctrl || meta || escape || upArrow || downArrow || leftArrow || rightArrow) return null;
  if (key.pageUp || key.pageDown || key.home || key.end) return null;
  return input !== '' ? input : key.return || key.tab ? ' ' : '';
}
