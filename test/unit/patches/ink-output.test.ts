import assert from 'node:assert/strict';
import {test} from 'node:test';
// Ink's Output as installed, with our patch (source/patches/ink+6.8.0.patch): the frames
// the tests and the CLI render. Its fast path against its own grid, on the same writes.
import Output, {simpleFrame as fastFrame} from '../../../node_modules/ink/build/output.js';
import {toLine, type Cell} from '../../../source/terminal/renderer/cells.js';

type Transformer = (line: string, index: number) => string;
type Step =
  | {type: 'write'; x: number; y: number; text: string; transformers: Transformer[]}
  | {type: 'clip'; clip: {x1?: number; x2?: number; y1?: number; y2?: number}}
  | {type: 'unclip'};

const red = (text: string): string => `\u001B[31m${text}\u001B[39m`;
const bold = (text: string): string => `\u001B[1m${text}\u001B[22m`;
const inverse = (text: string): string => `\u001B[7m${text}\u001B[27m`;

const simpleFrame = (_width: number, height: number, steps: readonly Step[]): string | null =>
  fastFrame(height, steps);

// The steps laid out by the patched Output, then by Ink's grid alone.
function both(width: number, height: number, steps: readonly Step[]): [string, string] {
  const layOut = (gridOnly: boolean): string => {
    const output = new Output({width, height});
    for (const step of steps) {
      if (step.type === 'write')
        output.write(step.x, step.y, step.text, {transformers: step.transformers});
      else if (step.type === 'clip')
        output.clip({x1: undefined, x2: undefined, y1: undefined, y2: undefined, ...step.clip});
      else output.unclip();
    }
    Output.gridOnly = gridOnly;
    try {
      return output.get().output;
    } finally {
      Output.gridOnly = false;
    }
  };
  return [layOut(false), layOut(true)];
}

// What a terminal shows: cells, with trailing unstyled blanks dropped.
function screen(output: string): Cell[][] {
  return output.split('\n').map((line) => {
    const {cells} = toLine(line);
    while (cells.length > 0 && cells.at(-1)?.text === ' ' && cells.at(-1)?.style === '')
      cells.pop();
    return cells;
  });
}

test('a row of pieces side by side is joined with spaces, styles and all', () => {
  const steps: Step[] = [
    {type: 'write', x: 0, y: 0, text: '› run_1', transformers: [inverse]},
    {type: 'write', x: 12, y: 0, text: red('● failed'), transformers: []},
    {
      type: 'write',
      x: 24,
      y: 1,
      text: 'a\nb\nc',
      transformers: [(line, index) => `${line}${index}`],
    },
  ];
  const [ours, ink] = both(40, 4, steps);
  assert.notEqual(simpleFrame(40, 4, steps), null);
  assert.deepEqual(screen(ours), screen(ink));
});

test('the installed Ink lays frames out through the patch', () => {
  const steps: Step[] = [{type: 'write', x: 1, y: 0, text: 'run_1', transformers: []}];
  assert.equal(typeof fastFrame, 'function', 'ink/build/output.js carries the patch');
  const output = new Output({width: 10, height: 1});
  output.write(1, 0, 'run_1', {transformers: []});
  assert.equal(output.get().output, fastFrame(1, steps));
});

test('links stay on the fast path; any other escape sequence goes to Ink', () => {
  const link = '\u001B]8;;https://example.com/a\u001B\\export\u001B]8;;\u001B\\';
  const linked: Step[] = [{type: 'write', x: 2, y: 0, text: `see ${link} now`, transformers: []}];
  assert.notEqual(simpleFrame(30, 1, linked), null);
  const [ours, ink] = both(30, 1, linked);
  assert.deepEqual(screen(ours), screen(ink));
  for (const foreign of [
    '\u001B]52;c;aGk=\u0007',
    '\u001B[2J',
    '\u009B31m',
    '\u001BP1$r\u001B\\',
  ]) {
    const steps: Step[] = [{type: 'write', x: 0, y: 0, text: `a${foreign}b`, transformers: []}];
    assert.equal(simpleFrame(10, 1, steps), null, JSON.stringify(foreign));
  }
});

test('a vertical clip cuts lines as Ink cuts them', () => {
  const steps: Step[] = [
    {type: 'clip', clip: {y1: 1, y2: 3}},
    {type: 'write', x: 0, y: 0, text: 'zero\none\ntwo\nthree\nfour', transformers: []},
    {type: 'write', x: 10, y: 5, text: 'gone', transformers: []},
    {type: 'unclip'},
    {type: 'write', x: 10, y: 0, text: 'top', transformers: []},
  ];
  assert.notEqual(simpleFrame(20, 5, steps), null);
  const [ours, ink] = both(20, 5, steps);
  assert.equal(ours, ink);
});

test('overlaps, column clips, wide text and writes off the frame go to Ink', () => {
  const cases: Step[][] = [
    [
      {type: 'write', x: 0, y: 0, text: 'background', transformers: []},
      {type: 'write', x: 3, y: 0, text: 'over', transformers: []},
    ],
    [
      {type: 'clip', clip: {x1: 2, x2: 6}},
      {type: 'write', x: 0, y: 0, text: 'clipped text', transformers: []},
    ],
    [{type: 'write', x: 0, y: 0, text: '日本 👍🏽 e\u0301', transformers: []}],
    [{type: 'write', x: 0, y: 3, text: 'a\nb\nc', transformers: []}],
  ];
  for (const steps of cases) {
    assert.equal(simpleFrame(20, 4, steps), null, JSON.stringify(steps));
    const [ours, ink] = both(20, 4, steps);
    assert.equal(ours, ink);
  }
});

test('random frames look the same through both outputs', () => {
  const words = ['run_8f2c', 'review', '●', '✓ done', '…', '─────', '›', '日本', '👍', 'a\tb', ''];
  const styles = [(text: string) => text, red, bold, inverse, (text: string) => red(bold(text))];
  let seed = 11;
  const next = (n: number): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % n;
  };
  let simple = 0;
  for (let round = 0; round < 3000; round++) {
    const width = 10 + next(40);
    const height = 1 + next(8);
    const steps: Step[] = [];
    const count = 1 + next(8);
    for (let i = 0; i < count; i++) {
      const roll = next(10);
      if (roll === 0) steps.push({type: 'clip', clip: {y1: next(height), y2: next(height + 2)}});
      else if (roll === 1) steps.push({type: 'unclip'});
      else {
        const lines = Array.from({length: 1 + next(3)}, () => {
          const style = styles[next(styles.length)] ?? String;
          return style(words[next(words.length)] ?? '');
        });
        const transformers: Transformer[] = next(2) === 0 ? [] : [(line) => bold(line)];
        // Mostly in bounds and apart, as real frames are; sometimes not.
        steps.push({
          type: 'write',
          x: next(width + 4) - 2,
          y: next(height + 2) - 1,
          text: lines.join('\n'),
          transformers,
        });
      }
    }
    if (simpleFrame(width, height, steps) !== null) simple++;
    const [ours, ink] = both(width, height, steps);
    assert.deepEqual(screen(ours), screen(ink), JSON.stringify({width, height, steps}));
  }
  // The shortcut must be taken often enough for the comparison to mean something.
  assert.ok(simple > 300, `only ${simple} of 3000 frames were simple`);
});
