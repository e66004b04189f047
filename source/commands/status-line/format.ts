// The status-line text, pure: counts in, one short line out. The default reads
// `TF ●3 ◆2 ✖5` (`TF P3 R2 F5` in ASCII); `--format` puts the numbers wherever the user
// wants them; `--tmux` wraps each non-zero count in tmux's own style codes, so the bar
// lights up only when something needs attention and otherwise keeps the user's colours.

import {shown, type Parsed} from '../../config/values.js';

/** The three counts that need attention. */
export type Counts = {
  readonly processing: number;
  readonly review: number;
  readonly failed: number;
};

/** The statuses the status line counts, in display order. */
export const COUNTED = ['processing', 'review', 'failed'] as const;

/** Every placeholder `--format` understands. */
export const PLACEHOLDERS = ['processing', 'review', 'failed', 'host', 'profile'] as const;

/** Everything one status line depends on. */
export type StatusLineInput = {
  /** Null when nothing is known: no answer and nothing cached. */
  readonly counts: Counts | null;
  /** True when the counts are old: the latest request failed. */
  readonly stale: boolean;
  readonly host: string;
  readonly profile: string | undefined;
  readonly ascii: boolean;
  readonly tmux: boolean;
  readonly format: string | undefined;
};

const UNICODE = {processing: '●', review: '◆', failed: '✖'} as const;
const ASCII = {processing: 'P', review: 'R', failed: 'F'} as const;
// The theme's colours for these statuses, as tmux names them.
const TMUX_COLOUR = {processing: 'cyan', review: 'yellow', failed: 'red'} as const;

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Checks a `--format` template: every `{name}` must be a known placeholder. */
export function checkFormat(raw: string): Parsed<string> {
  if (/[\u0000-\u001f\u007f-\u009f]/.test(raw)) {
    return {ok: false, message: '--format must be one line without control characters'};
  }
  for (const [, name] of raw.matchAll(PLACEHOLDER)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(name ?? '')) {
      const known = PLACEHOLDERS.map((p) => `{${p}}`).join(' ');
      return {
        ok: false,
        message: `--format: unknown placeholder {${shown(name ?? '')}}; known: ${known}`,
      };
    }
  }
  return {ok: true, value: raw};
}

function paint(
  text: string,
  status: (typeof COUNTED)[number],
  count: number | null,
  tmux: boolean,
): string {
  return tmux && count !== null && count > 0
    ? `#[fg=${TMUX_COLOUR[status]}]${text}#[fg=default]`
    : text;
}

/** The status line, without a newline. */
export function formatStatusLine(input: StatusLineInput): string {
  const {counts, tmux} = input;
  const number = (status: (typeof COUNTED)[number]): string =>
    counts === null ? '?' : String(counts[status]);
  let line: string;
  if (input.format !== undefined) {
    line = input.format.replace(PLACEHOLDER, (whole, name: string) => {
      if (name === 'host') return input.host;
      if (name === 'profile') return input.profile ?? '';
      const status = COUNTED.find((s) => s === name);
      return status === undefined
        ? whole
        : paint(number(status), status, counts?.[status] ?? null, tmux);
    });
  } else if (counts === null) {
    line = 'TF ?';
  } else {
    const symbols = input.ascii ? ASCII : UNICODE;
    const parts = COUNTED.map((status) =>
      paint(`${symbols[status]}${number(status)}`, status, counts[status], tmux),
    );
    line = `TF ${parts.join(' ')}`;
  }
  return input.stale && counts !== null ? `${line} (stale)` : line;
}
