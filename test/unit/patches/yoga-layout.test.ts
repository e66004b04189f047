import assert from 'node:assert/strict';
import {test} from 'node:test';

test('yoga, as installed (patched), starts without calling fetch, and leaves fetch as it was', async () => {
  const original = globalThis.fetch;
  let calls = 0;
  const spy = (async (...args: Parameters<typeof fetch>) => {
    calls++;
    return original(...args);
  }) as typeof fetch;
  globalThis.fetch = spy;
  try {
    const {default: Yoga, Direction} = await import('yoga-layout');
    assert.equal(calls, 0);
    assert.equal(globalThis.fetch, spy);
    const node = Yoga.Node.create();
    node.setWidth(12);
    node.calculateLayout(undefined, undefined, Direction.LTR);
    assert.equal(node.getComputedWidth(), 12);
    node.free();
  } finally {
    globalThis.fetch = original;
  }
});
