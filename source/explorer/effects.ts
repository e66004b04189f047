// What the reducer asks of the world besides a new frame: a short message in the footer,
// and terminal effects (bell, notification, clipboard, suspend, redraw) that the app's
// edge carries out once each.
import type {EffectBody, Effect, Message, State} from './state.js';

/** How long a footer message stays. */
export const MESSAGE_MS = 4000;
// Effects already carried out are dropped; a few are kept in case renders batch actions.
const KEPT_EFFECTS = 8;

/** `state` with a footer message. */
export function say(state: State, text: string, tone: Message['tone'] = 'info'): State {
  return {...state, message: {text, tone, until: state.now + MESSAGE_MS}};
}

/** `state` with terminal effects queued. */
export function emit(state: State, ...effects: readonly EffectBody[]): State {
  let id = state.effects.at(-1)?.id ?? 0;
  const added = effects.map((effect): Effect => ({...effect, id: ++id}));
  return {...state, effects: [...state.effects, ...added].slice(-KEPT_EFFECTS)};
}
