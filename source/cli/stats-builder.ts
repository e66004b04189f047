// Builds `stats` from its flags: the window (whole hours or days) and the flow.
import type {Profile} from '../config/schema.js';
import * as value from '../config/values.js';
import {DEFAULT_HEALTH_WINDOW, MAX_WINDOW_HOURS, parseWindow} from '../domain/health-window.js';
import {filters} from './command-builders.js';
import type {CliResult, Connected} from './commands.js';
import type {Values} from './flags.js';
import {building, refuse} from './refusal.js';

/** `stats`: the figures of the health view, for scripts. */
export const statsCommand = (values: Values, profile: Profile, base: Connected): CliResult =>
  building(() => {
    const text = values.window ?? DEFAULT_HEALTH_WINDOW;
    const windowMs =
      parseWindow(text) ??
      refuse(
        `--window must be whole hours or days up to ${MAX_WINDOW_HOURS / 24}d, such as 1h, 24h or 7d, not '${value.shown(text)}'`,
      );
    const {flowId} = filters({flow: values.flow}, profile);
    return {mode: 'stats', ...base, windowMs, flowId, json: values.json === true};
  });
