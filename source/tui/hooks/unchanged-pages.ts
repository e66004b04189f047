// A poll that brings back the page already on screen should cost nothing: no action, so
// no render and not a byte to the terminal. This remembers the page the reducer last
// heard of and the latest identical reply it was spared, so that reply can still be told
// when its time matters (a failure reports the age of the data; a pause shows it).
import type {RunPage} from '../../domain/run.js';
import {samePage} from '../../explorer/page-equality.js';

/** A request answered faster than this never shows the spinner: it would only flash. */
export const SPINNER_DELAY_MS = 400;

/** A reply the reducer was spared. */
export type SparedReply = {
  readonly generation: number;
  readonly page: RunPage;
  /** Epoch ms it arrived. */
  readonly at: number;
};

/** See `createUnchangedPages`. */
export type UnchangedPages = {
  /** True when `page` repeats what the reducer last heard for `generation`. */
  readonly repeats: (generation: number, page: RunPage) => boolean;
  /** Keeps a repeated reply instead of telling the reducer. */
  readonly spare: (reply: SparedReply) => void;
  /** True when the reducer has heard a page for `generation`: a reply is a refresh of it. */
  readonly heard: (generation: number) => boolean;
  /** Notes that the reducer heard `page`. */
  readonly told: (generation: number, page: RunPage) => void;
  /** The latest spared reply since the reducer last heard one, once; else null. */
  readonly takeSpared: () => SparedReply | null;
};

/** The memory behind dropping repeated replies; one per feed. */
export function createUnchangedPages(): UnchangedPages {
  let heard: {readonly generation: number; readonly page: RunPage} | null = null;
  let spared: SparedReply | null = null;
  return {
    repeats: (generation, page) =>
      heard !== null && heard.generation === generation && samePage(heard.page, page),
    heard: (generation) => heard !== null && heard.generation === generation,
    spare: (reply) => {
      spared = reply;
    },
    told: (generation, page) => {
      heard = {generation, page};
      spared = null;
    },
    takeSpared: () => {
      const reply = spared;
      spared = null;
      return reply;
    },
  };
}
