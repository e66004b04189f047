// Bearer-key checking for the simulator. Keys are compared through fixed-length digests
// with timingSafeEqual, so neither the length nor the content leaks through timing.

import {createHash, randomBytes, timingSafeEqual} from 'node:crypto';

/** A fresh key such as `sim_3f9a…`, for a simulator started without one. */
export function generateKey(): string {
  return `sim_${randomBytes(16).toString('hex')}`;
}

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** True when `authorization` is `Bearer <key>` (scheme case-insensitive, as HTTP says). */
export function isAuthorized(authorization: string | undefined, key: string): boolean {
  const match = /^Bearer +(\S+) *$/i.exec(authorization ?? '');
  const given = match?.[1] ?? '';
  // Always compare, even when the header is missing, so every rejection costs the same.
  return timingSafeEqual(digest(given), digest(key)) && given.length > 0;
}
