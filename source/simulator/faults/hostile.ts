// Strings a terminal must never pass through raw: screen clears, title and clipboard
// escapes, C1 controls, bidi overrides, carriage returns, wide and combining characters,
// and sheer length. The 'hostile' fault mode plants them in otherwise valid responses so
// the sanitiser and the layout can be tested against the real server.

import {isObject, mapObjects, rewriteJson, type JsonObject} from './json-edit.js';

/** Named hostile strings; all are valid JSON strings once serialised. */
export const HOSTILE_STRINGS = {
  clear_screen: 'Invoice \u001b[2J\u001b[Hcleared',
  window_title: 'PO-1 \u001b]0;owned\u0007 title',
  clipboard: 'copy \u001b]52;c;cm0gLXJmIH4K\u0007 me',
  c1_csi: 'red \u009b31m text',
  bidi: 'file_\u202egnp.exe\u202c',
  carriage_return: 'all good\rFAILED  ',
  nul_and_backspace: 'a\u0000b\u0008c\u007f',
  wide: '請求書の照合 🧾✅ 검증',
  combining: 'Z\u0337\u0322a\u0338l\u0335g\u0334o\u0336',
  long: `${'Very long vendor name '.repeat(120)}end`,
} as const;

const ERROR_TAIL = `\n\u001b[31mStack:\u001b[0m at step\tnext\r\n${HOSTILE_STRINGS.bidi} ${HOSTILE_STRINGS.clipboard}`;

function poison(out: JsonObject): JsonObject {
  if ('status_history' in out) {
    const metadata = out.metadata ?? null;
    out.metadata = {
      ...(isObject(metadata) ? metadata : {}),
      ...HOSTILE_STRINGS,
      'key_\u001b[7minverted\u001b[0m': 'hostile key',
    };
    if (typeof out.error === 'string') out.error += ERROR_TAIL;
  }
  if ('steps' in out && typeof out.name === 'string') {
    // A newline in a name must not break a list row in two.
    out.name = `${out.name} ${HOSTILE_STRINGS.window_title}\n2nd line`;
    out.description = `${String(out.description)} ${HOSTILE_STRINGS.combining}`;
  }
  // Step titles, status-history messages and sheet titles: every other text a run shows.
  if ('order' in out && typeof out.title === 'string')
    out.title = `${out.title} ${HOSTILE_STRINGS.c1_csi}`;
  if ('time' in out && typeof out.message === 'string')
    out.message = `${out.message}\u0007 ${HOSTILE_STRINGS.carriage_return}\n\u001b[1Aup`;
  if ('sheet_id' in out && typeof out.title === 'string')
    out.title = `${out.title} ${HOSTILE_STRINGS.bidi}\u001bP+q544e\u001b\\`;
  return out;
}

/**
 * The same JSON with hostile strings planted in every run and flow it contains: metadata
 * keys and values, errors, flow names and descriptions, step titles, status-history
 * messages and Drive sheet titles.
 */
export function poisonJson(body: string): string {
  return rewriteJson(body, (json) => mapObjects(json, poison));
}
