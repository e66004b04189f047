import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cycles, importGraph} from './import-graph.js';

// The layering the folders promise, checked on the imports themselves (type-only ones too).

const graph = importGraph('source');
const layer = (file: string): string => file.split('/')[1] ?? '';

test('source/ has no import cycle, type-only imports included', () => {
  assert.deepEqual(cycles(graph), []);
});

// Which layers each may import from. A layer always may import from itself.
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  'main.tsx': [
    'cli',
    'config',
    'api',
    'domain',
    'tui',
    'terminal',
    'text',
    'commands',
    'simulator',
  ],
  cli: ['config', 'api', 'domain', 'explorer', 'text', 'terminal', 'simulator', 'commands', 'tui'],
  config: ['domain', 'text'],
  api: ['domain', 'text', 'config'],
  domain: ['text'],
  text: [],
  // The terminal's pure parts only (key presses, escape codes): see the test below.
  explorer: ['domain', 'text', 'api', 'terminal'],
  terminal: ['text'],
  tui: ['explorer', 'domain', 'text', 'terminal', 'api'],
  commands: ['api', 'domain', 'text', 'terminal', 'config', 'tui', 'simulator', 'explorer', 'cli'],
  simulator: ['domain', 'text'],
};

test('each layer imports only from the layers below it', () => {
  const wrong: string[] = [];
  for (const [file, node] of graph) {
    const from = layer(file);
    for (const target of node.files) {
      const to = layer(target);
      if (to !== from && !(ALLOWED[from] ?? []).includes(to)) wrong.push(`${file} -> ${target}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('the explorer core imports no Ink, no React, no view and no renderer', () => {
  const wrong: string[] = [];
  for (const [file, node] of graph) {
    if (layer(file) !== 'explorer') continue;
    for (const name of node.packages)
      if (/^(ink|react|ink-.*)(\/|$)/.test(name)) wrong.push(`${file} imports ${name}`);
    for (const target of node.files)
      if (layer(target) === 'tui' || target.startsWith('source/terminal/renderer/'))
        wrong.push(`${file} -> ${target}`);
  }
  assert.deepEqual(wrong, []);
});
