// Fault modes: ways the simulator misbehaves on purpose, so the client's error handling
// can be exercised against a real socket. A fault applies to the API endpoints only (the
// /__sim control endpoint always works) and lasts for `count` requests or until cleared.

import {absurdJson, hugePageJson, longHistoryJson, wrongTypesJson} from './bad-data.js';
import {deepRunJson, hugeRunJson, manyFlowsJson} from './scale.js';
import {poisonJson} from './hostile.js';
import {disputeJson} from './disputed-width.js';
import {json} from '../http/routes.js';
import type {SimResponse} from '../http/routes.js';

import {FAULT_MODES, type FaultMode} from './fault-modes.js';

export {FAULT_MODES, type FaultMode} from './fault-modes.js';

/** The active fault: its mode and how many more requests it hits (null: until cleared). */
export type Fault = {readonly mode: FaultMode; readonly remaining: number | null};

/**
 * What the server should do with a request: send a response; send only part of it and
 * drop the connection; or never answer (until the client gives up or the server closes).
 */
export type Outcome =
  | {readonly kind: 'respond'; readonly response: SimResponse}
  | {readonly kind: 'disconnect'; readonly response: SimResponse}
  | {readonly kind: 'hang'};

/** True for a known fault mode name. */
export function isFaultMode(value: unknown): value is FaultMode {
  return (FAULT_MODES as readonly unknown[]).includes(value);
}

const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
const PORTAL =
  '<!DOCTYPE html><html><head><title>Sign in to Guest Wi-Fi</title></head><body><form action="/login"><input name="room"></form></body></html>';
const html = (status: number, body: string): SimResponse => ({
  status,
  headers: {'content-type': 'text/html; charset=utf-8'},
  body,
});

function faulted(mode: FaultMode, answer: () => SimResponse): Outcome {
  const respond = (response: SimResponse): Outcome => ({kind: 'respond', response});
  switch (mode) {
    case 'unauthorized':
      return respond(json(401, {error: 'Unauthorized', message: 'Invalid or missing API key'}));
    case 'forbidden':
      return respond(json(403, {error: 'Forbidden', message: 'This key has no access to flows'}));
    case 'not-found':
      return respond(json(404, {error: 'Not found'}));
    case 'rate-limited':
      return respond(json(429, {error: 'Too many requests'}, {'retry-after': '2'}));
    case 'server-error':
      return respond(json(500, {error: 'Internal server error'}));
    case 'bad-gateway':
      return respond(html(502, NGINX_502));
    case 'unavailable':
      return respond(json(503, {error: 'Service unavailable'}, {'retry-after': '5'}));
    case 'hang':
      return {kind: 'hang'};
    case 'html':
      // A captive portal or proxy answering 200 with a page instead of JSON.
      return respond(html(200, PORTAL));
    case 'truncated': {
      const full = answer();
      return respond({
        ...full,
        body: full.body.slice(0, Math.max(1, Math.floor(full.body.length / 2))),
      });
    }
    case 'disconnect':
      return {kind: 'disconnect', response: answer()};
    case 'hostile':
      return respond(rewritten(answer(), poisonJson));
    case 'disputed-width':
      return respond(rewritten(answer(), disputeJson));
    case 'absurd':
      return respond(rewritten(answer(), absurdJson));
    case 'long-history':
      return respond(rewritten(answer(), longHistoryJson));
    case 'wrong-types':
      return respond(rewritten(answer(), wrongTypesJson));
    case 'huge-page':
      return respond(rewritten(answer(), hugePageJson));
    case 'many-flows':
      return respond(rewritten(answer(), manyFlowsJson));
    case 'huge-run':
      return respond(rewritten(answer(), hugeRunJson));
    case 'deep-run':
      return respond(rewritten(answer(), deepRunJson));
  }
}

// Bad data only makes sense in a good answer; errors pass through unchanged.
function rewritten(full: SimResponse, change: (body: string) => string): SimResponse {
  return full.status === 200 ? {...full, body: change(full.body)} : full;
}

/** Holds the active fault and applies it to API requests. */
export type FaultSwitch = {
  readonly current: () => Fault | null;
  readonly set: (fault: Fault | null) => void;
  /** `answer` computes the normal response; it is only called when the fault needs it. */
  readonly apply: (answer: () => SimResponse) => Outcome;
};

/** A fault switch, optionally starting with a fault already active. */
export function createFaultSwitch(initial: Fault | null = null): FaultSwitch {
  let fault = initial;
  return {
    current: () => fault,
    set: (next) => {
      fault = next;
    },
    apply: (answer) => {
      if (fault === null) return {kind: 'respond', response: answer()};
      const {mode, remaining} = fault;
      if (remaining !== null) fault = remaining > 1 ? {mode, remaining: remaining - 1} : null;
      return faulted(mode, answer);
    },
  };
}
