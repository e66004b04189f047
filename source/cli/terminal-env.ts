// Terminal conventions, decided once from the environment: whether to draw Unicode or
// ASCII symbols, and whether text output may carry colour escapes. Pure, so every rule
// (NO_COLOR, FORCE_COLOR, TERM=dumb, the locale chain) is unit-tested without a terminal.

type Env = Readonly<Record<string, string | undefined>>;

/**
 * True when the locale promises UTF-8. Like tmux, the first of LC_ALL, LC_CTYPE and LANG
 * that is set decides; with none set the C locale applies, which is ASCII.
 */
export function localeIsUtf8(env: Env): boolean {
  const locale = [env.LC_ALL, env.LC_CTYPE, env.LANG].find(
    (value) => value !== undefined && value !== '',
  );
  return locale !== undefined && /utf-?8/i.test(locale);
}

/** True when symbols must be ASCII: asked for with `--ascii`, or the locale is not UTF-8. */
export function wantsAscii(flag: boolean, env: Env): boolean {
  return flag || !localeIsUtf8(env);
}

/** True when NO_COLOR is set to anything but the empty string (no-color.org). */
export function noColor(env: Env): boolean {
  return env.NO_COLOR !== undefined && env.NO_COLOR !== '';
}

// FORCE_COLOR=0 (or false) is the documented way to say "no" in the chalk family.
function forceColor(env: Env): boolean | undefined {
  const value = env.FORCE_COLOR;
  if (value === undefined) return undefined;
  return !(value === '0' || value.toLowerCase() === 'false');
}

/**
 * How text output may be styled. `escapes`: any SGR at all (bold, dim); only for a terminal
 * that is not dumb, or when FORCE_COLOR asks. `color`: colours too; NO_COLOR always wins,
 * since a person who set it asked for none, whatever a tool exported.
 */
export function textStyling(
  env: Env,
  isTTY: boolean,
): {readonly escapes: boolean; readonly color: boolean} {
  const forced = forceColor(env);
  const escapes = forced ?? (isTTY && env.TERM !== 'dumb');
  return {escapes, color: escapes && !noColor(env)};
}
