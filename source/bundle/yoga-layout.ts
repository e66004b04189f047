// Bundled in place of `yoga-layout` (Ink's layout engine). Yoga's Emscripten loader reads
// its WebAssembly from a base64 data: URL and, when `fetch` exists, fetches that URL:
// on Node that loads undici and runs a whole fetch (about 25 ms of a 130 ms start) just to
// decode a string. Without `fetch` it decodes the string itself. The loader looks for
// `fetch` only while it starts, synchronously, so hiding it for that call is enough.
import {loadYoga} from '../../node_modules/yoga-layout/dist/src/load.js';

type Yoga = Awaited<ReturnType<typeof loadYoga>>;

function startWithoutFetch(): Promise<Yoga> {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (descriptor?.configurable !== true) return loadYoga();
  delete (globalThis as {fetch?: unknown}).fetch;
  try {
    return loadYoga();
  } finally {
    Object.defineProperty(globalThis, 'fetch', descriptor);
  }
}

const Yoga = await startWithoutFetch();

export default Yoga;
export * from '../../node_modules/yoga-layout/dist/src/generated/YGEnums.js';
