// Editing a response body as JSON, for the fault modes that answer valid JSON with wrong,
// hostile or disputed contents: the body is parsed, changed and serialised again; a body
// that is not JSON (an error page) passes unchanged.

/** Any JSON value. */
export type Json = null | boolean | number | string | Json[] | {[key: string]: Json};
/** A JSON object. */
export type JsonObject = {[key: string]: Json};

/** True for a JSON object (not an array, not null). */
export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `body` parsed, changed by `change` and serialised again; unchanged when it is not JSON. */
export function rewriteJson(body: string, change: (value: Json) => Json): string {
  try {
    return JSON.stringify(change(JSON.parse(body) as Json));
  } catch {
    return body;
  }
}

/** `value` with every object in it (innermost first) replaced by what `change` makes of a copy. */
export function mapObjects(value: Json, change: (object: JsonObject) => JsonObject): Json {
  if (Array.isArray(value)) return value.map((item) => mapObjects(item, change));
  if (!isObject(value)) return value;
  const copy: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) copy[key] = mapObjects(inner, change);
  return change(copy);
}
