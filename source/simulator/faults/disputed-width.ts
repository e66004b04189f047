// Text whose display width terminals and layout libraries disagree on: Hangul fillers
// (0 cells to string-width, 2 to tmux), emoji with skin-tone modifiers (2 or 4), VS16
// sequences (1 or 2), keycaps, ZWJ families, noncharacters, Devanagari conjuncts and Thai
// SARA AM (one cluster to string-width, two cells on a terminal). The 'disputed-width'
// fault mode plants them where a run's text is shown: flow names, metadata, errors,
// history messages.

import {isObject, mapObjects, rewriteJson, type JsonObject} from './json-edit.js';

/** The strings, each as real data might carry it. */
export const DISPUTED_STRINGS = {
  filler: `Template missing ${'\u3164'.repeat(30)}`,
  skin_tone: 'Approved 👍🏽 '.repeat(12).trim(),
  vs16: '❤️ priority ❤️ customer ☎️',
  keycap: 'Step 1️⃣ then 2️⃣',
  family: 'Team 👨‍👩‍👧‍👦 onboarding',
  noncharacter: 'ref \uFFFE\uFFFF end',
  conjunct: 'क्षत्रिय प्रसाद श्रीवास्तव',
  thai: 'ทำงาน ยืนยันคำสั่งซื้อ',
} as const;

function plant(out: JsonObject): JsonObject {
  if ('status_history' in out) {
    // First in the metadata, so the list's DETAILS column shows them.
    const metadata = out.metadata ?? null;
    out.metadata = {...DISPUTED_STRINGS, ...(isObject(metadata) ? metadata : {})};
    if (typeof out.error === 'string') out.error = `${DISPUTED_STRINGS.filler} ${out.error}`;
  }
  if ('steps' in out && typeof out.name === 'string')
    out.name = `${DISPUTED_STRINGS.conjunct} ${out.name} ${DISPUTED_STRINGS.vs16}`;
  if ('time' in out && typeof out.message === 'string')
    out.message = `${out.message} ${DISPUTED_STRINGS.skin_tone}`;
  return out;
}

/** The same JSON with disputed-width text planted in every run and flow it contains. */
export function disputeJson(body: string): string {
  return rewriteJson(body, (json) => mapObjects(json, plant));
}
