// Where a config file's JSON goes wrong, by line and column. JSON.parse's own messages
// quote the text around the error (`Unexpected token 't', ..."apiKey": tf_live_9f8"...`),
// which in a config file is as likely as not the API key; this scanner reports a position
// and a reason and never a character of the file. It runs only after JSON.parse has
// failed, and keeps its own stack, so deep nesting cannot overflow ours.

/** A syntax error's place (1-based) and what was expected there. */
export type JsonSyntaxError = {
  readonly line: number;
  readonly column: number;
  readonly reason: string;
};

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrtu';

function position(text: string, at: number): {line: number; column: number} {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return {line, column: at - start + 1};
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonSyntaxError | null {
  let i = 0;
  const stack: string[] = []; // the closing bracket each open container waits for
  const fail = (at: number, reason: string): JsonSyntaxError => ({
    ...position(text, at),
    reason: at >= text.length ? `the file ends early: ${reason}` : reason,
  });
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const string = (): JsonSyntaxError | null => {
    const start = i++;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c < 0x20) return fail(i, 'a control character (such as a line break) inside a string');
      if (c !== 0x5c) continue;
      const escape = text.charAt(++i);
      if (!ESCAPES.includes(escape) || escape === '') return fail(i, 'an invalid escape');
      if (escape === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)))
        return fail(i, 'an invalid \\u escape');
    }
    return fail(start, 'a string is not closed');
  };
  const key = (): JsonSyntaxError | null => {
    space();
    if (text.charAt(i) === '}') return fail(i, "a comma before '}' (JSON allows none)");
    if (text.charAt(i) !== '"') return fail(i, 'expected a property name in double quotes');
    const bad = string();
    if (bad !== null) return bad;
    space();
    if (text.charAt(i) !== ':') return fail(i, "expected ':' after a property name");
    i++;
    return null;
  };
  let afterComma = false; // in an array, so `[1,]` can be named for what it is
  for (;;) {
    // A value is due at i.
    space();
    const c = text.charAt(i);
    const trailing = afterComma && c === ']';
    afterComma = false;
    if (c === '{' || c === '[') {
      i++;
      space();
      const close = c === '{' ? '}' : ']';
      if (text.charAt(i) !== close) {
        stack.push(close);
        const bad = c === '{' ? key() : null;
        if (bad !== null) return bad;
        continue;
      }
      i++;
    } else if (c === '"') {
      const bad = string();
      if (bad !== null) return bad;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return fail(i, 'an invalid number');
      i = NUMBER.lastIndex;
    } else {
      const word = ['true', 'false', 'null'].find((literal) => text.startsWith(literal, i));
      if (word === undefined)
        return fail(i, trailing ? "a comma before ']' (JSON allows none)" : 'expected a value');
      i += word.length;
    }
    // After a value: a comma, the end of its container, or the end of the file.
    for (;;) {
      space();
      const close = stack.at(-1);
      if (close === undefined)
        return i < text.length ? fail(i, 'more text after the end of the JSON value') : null;
      if (i >= text.length) return fail(i, `'${close}' is missing`);
      const next = text.charAt(i);
      if (next === ',') {
        i++;
        const bad = close === '}' ? key() : null;
        if (bad !== null) return bad;
        afterComma = close === ']';
        break;
      }
      if (next !== close) return fail(i, `expected ',' or '${close}'`);
      i++;
      stack.pop();
    }
  }
}
