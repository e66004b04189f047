// Escape sequences the explorer writes besides its frame: the bell, OSC 52 (clipboard),
// OSC 9 (desktop notification) and OSC 8 (hyperlinks), wrapped for tmux and GNU screen,
// which otherwise swallow sequences they do not know. Pure: the environment is passed in.

const ESC = '\x1b';
const BEL = '\x07';
const ST = `${ESC}\\`;

/** The terminal bell. */
export const BELL = BEL;

/** The terminal multiplexer between us and the real terminal, if any. */
export type Multiplexer = 'tmux' | 'screen' | null;

/** tmux sets `TMUX`; screen sets `STY` (and a `screen*` TERM, which tmux users may too). */
export function multiplexerOf(env: Readonly<Record<string, string | undefined>>): Multiplexer {
  if ((env['TMUX'] ?? '') !== '') return 'tmux';
  if ((env['STY'] ?? '') !== '') return 'screen';
  return null;
}

// screen drops DCS strings longer than its buffer; 768 bytes is its limit.
const SCREEN_CHUNK = 760;

/** `sequence` wrapped so the multiplexer hands it on to the outer terminal. */
export function passThrough(sequence: string, multiplexer: Multiplexer): string {
  switch (multiplexer) {
    case null:
      return sequence;
    case 'tmux':
      // tmux's DCS passthrough: every ESC inside is doubled.
      return `${ESC}Ptmux;${sequence.replaceAll(ESC, ESC + ESC)}${ST}`;
    case 'screen': {
      const chunks: string[] = [];
      for (let at = 0; at < sequence.length; at += SCREEN_CHUNK)
        chunks.push(`${ESC}P${sequence.slice(at, at + SCREEN_CHUNK)}${ST}`);
      return chunks.join('');
    }
  }
}

/** Largest clipboard payload sent, in base64 characters; terminals cap it too (xterm ~100 KB). */
export const MAX_CLIPBOARD_BASE64 = 100_000;

/**
 * OSC 52 setting the clipboard to `text`, or null when it is too large. In tmux the plain
 * sequence goes first (tmux takes it itself with `set-clipboard on`), then the passthrough
 * (for `allow-passthrough on`); either way the outer terminal gets it once per path.
 */
export function clipboardSequence(text: string, multiplexer: Multiplexer): string | null {
  const base64 = Buffer.from(text, 'utf8').toString('base64');
  if (base64.length > MAX_CLIPBOARD_BASE64) return null;
  const osc = `${ESC}]52;c;${base64}${BEL}`;
  return multiplexer === 'tmux' ? osc + passThrough(osc, 'tmux') : passThrough(osc, multiplexer);
}

// C0 and C1 controls (ESC, BEL, CSI…) would end or hijack the sequence.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** Text safe inside an OSC string: no controls, at most `max` characters. */
export function oscText(text: string, max = 200): string {
  const clean = text.replace(CONTROLS, ' ').replaceAll(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** OSC 9 desktop notification (iTerm2, WezTerm, kitty, Windows Terminal, foot…). */
export function notifySequence(text: string, multiplexer: Multiplexer): string {
  return passThrough(`${ESC}]9;${oscText(text)}${BEL}`, multiplexer);
}

/** `text` as an OSC 8 hyperlink to `url` (controls removed from both). */
export function hyperlink(url: string, text: string): string {
  return `${ESC}]8;;${oscText(url, 2000)}${ST}${text}${ESC}]8;;${ST}`;
}

/**
 * Whether to send OSC 8 hyperlinks. Terminals that do not know OSC 8 ignore it, so it is
 * on unless the terminal is dumb, the Linux console, or GNU screen (which shows the
 * sequence's bytes instead of passing it on).
 */
export function linksSupported(env: Readonly<Record<string, string | undefined>>): boolean {
  const term = env['TERM'] ?? '';
  return term !== 'dumb' && term !== 'linux' && multiplexerOf(env) !== 'screen';
}
