// What a person types or pastes as a run id, made into one, or told why it cannot be one,
// before any request: ids are opaque (the docs show `fr_abc123def456` and
// `Wp7kRnT2mX4vQ9bL`), so no prefix or length is expected, only what fits in one path
// segment of `GET /v2/flows/runs/{id}` without encoding: letters, digits, `-`, `.`, `_`, `~`.

/** Longer than any id the docs show, by far; a longer paste is not an id. */
export const MAX_RUN_ID_LENGTH = 128;

const ID = /^[A-Za-z0-9._~-]+$/;
// A pasted API URL or request line (`GET /v2/flows/runs/fr_abc`): the id is the segment after runs/.
const IN_PATH = /\/runs\/([^/?#\s]+)\/?(?:[?#]\S*)?$/;
const QUOTES = /^(["'`])(.*)\1$/;

/** The id in `text`: trimmed, unquoted, or taken from a pasted `…/runs/{id}` URL. */
export function runIdFrom(text: string): string {
  const trimmed = text.trim();
  const unquoted = QUOTES.exec(trimmed)?.[2]?.trim() ?? trimmed;
  return IN_PATH.exec(unquoted)?.[1] ?? unquoted;
}

/** Why `id` (as `runIdFrom` gives it) cannot be a run id, e.g. `it has spaces`; null when it can. */
export function runIdProblem(id: string): string | null {
  if (id === '') return 'it is empty';
  if (id.length > MAX_RUN_ID_LENGTH)
    return `${id.length} characters is more than any id (${MAX_RUN_ID_LENGTH} at most)`;
  if (/\s/.test(id)) return 'it has spaces (one id at a time)';
  if (id === '.' || id === '..' || !ID.test(id))
    return 'only letters, digits and - . _ ~ are in ids';
  return null;
}
