// A refusal, thrown from deep in a command builder and turned into the usage error by
// `building`: each value is read with `need`, which either gives it or stops the build.
import type * as value from '../config/values.js';
import type {CliResult} from './commands.js';

class Refusal extends Error {}

/** The parsed value, or a refusal with its message. */
export const need = <T>(parsed: value.Parsed<T>): T => {
  if (!parsed.ok) throw new Refusal(parsed.message);
  return parsed.value;
};

/** Stops the build with `message` as the usage error. */
export const refuse = (message: string): never => {
  throw new Refusal(message);
};

/** The command `build` makes, or the usage error of the refusal that stopped it. */
export function building(build: () => CliResult): CliResult {
  try {
    return build();
  } catch (error) {
    if (error instanceof Refusal) return {mode: 'usage-error', message: error.message};
    throw error;
  }
}
