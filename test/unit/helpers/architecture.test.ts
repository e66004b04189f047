import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {cycles, importGraph, ROOT} from './import-graph.js';

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

test("the readme's map of the tree names every folder that holds files, and only those that exist", () => {
  const readme = readFileSync(join(ROOT, 'readme.md'), 'utf8');
  const block = /<!-- layout:start -->[\s\S]*?```\n([\s\S]*?)```[\s\S]*?<!-- layout:end -->/.exec(
    readme,
  )?.[1];
  assert.ok(block !== undefined, 'readme.md has a layout block between its markers');
  let parent = '';
  const listed = new Set<string>();
  for (const line of block.split('\n')) {
    const path = /^( *)(\S+\/|\S+\.tsx?)(\s|$)/.exec(line);
    if (path === null) continue;
    const [, indent = '', name = ''] = path;
    if (indent === '') parent = name;
    listed.add(indent === '' ? name : `${parent}${name}`);
  }
  for (const entry of listed)
    assert.ok(existsSync(join(ROOT, entry)), `the readme lists ${entry}, which does not exist`);
  const folders = readdirSync(join(ROOT, 'source'), {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => `${relative(ROOT, entry.parentPath)}/`);
  for (const folder of new Set(folders))
    assert.ok(listed.has(folder), `the readme's layout map leaves out ${folder}`);
});
