import {test} from 'node:test';
import assert from 'node:assert/strict';
import {PassThrough} from 'node:stream';
import {setTimeout as delay} from 'node:timers/promises';
import {mouseInput} from '../../../source/terminal/mouse-input.js';
import type {MouseEvent} from '../../../source/terminal/mouse.js';

// The stdin Ink gets while the mouse is on: key text only, the reports to a listener.
function terminal() {
  const modes: boolean[] = [];
  const source = Object.assign(new PassThrough(), {
    isTTY: true,
    setRawMode: (on: boolean) => modes.push(on),
    ref: () => undefined,
    unref: () => undefined,
  }) as unknown as NodeJS.ReadStream & PassThrough;
  return {source, modes};
}

async function drain(stream: NodeJS.ReadStream): Promise<string> {
  await delay(80);
  let text = '';
  for (let chunk = stream.read(); chunk !== null; chunk = stream.read()) text += String(chunk);
  return text;
}

test('reports go to the listener, keys to Ink, in one read or cut across two', async () => {
  const {source, modes} = terminal();
  const input = mouseInput(source);
  const events: MouseEvent[] = [];
  input.subscribe((event) => events.push(event));
  input.stdin.setRawMode(true);
  assert.deepEqual(modes, [true], 'raw mode is the terminal’s');
  source.write(Buffer.from('j\u001B[<0;3;4Mk\u001B[<6'));
  await delay(5);
  source.write(Buffer.from('5;1;1M/x'));
  assert.equal(await drain(input.stdin), 'jk/x');
  assert.deepEqual(
    events.map((event) => [event.button, event.x, event.y]),
    [
      ['left', 2, 3],
      ['wheel-down', 0, 0],
    ],
  );
  input.close();
});

test('a lone Esc still reaches Ink; a report that never ends does not', async () => {
  const {source} = terminal();
  const input = mouseInput(source);
  source.write(Buffer.from('\u001B'));
  assert.equal(await drain(input.stdin), '\u001B');
  source.write(Buffer.from('a\u001B[<64;1'));
  assert.equal(await drain(input.stdin), 'a');
  input.close();
});
