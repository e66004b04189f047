// The import graph of source/, read from the files themselves: every relative `import` and
// `export … from`, type-only ones included, and the packages each file imports.
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, normalize, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

/** The repository's root directory. */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** One source file: the files it imports (paths from the root) and the packages. */
export type Node = {readonly files: readonly string[]; readonly packages: readonly string[]};

const SPECIFIER =
  /(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** Every .ts and .tsx file under `dir` (a path from the root). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

function resolve(from: string, specifier: string, files: ReadonlySet<string>): string | null {
  const base = normalize(join(dirname(from), specifier)).replace(/\.js$/, '');
  for (const candidate of [`${base}.ts`, `${base}.tsx`, base])
    if (files.has(candidate)) return candidate;
  return null;
}

/** The graph of every file under `dir`. */
export function importGraph(dir = 'source'): ReadonlyMap<string, Node> {
  const files = sourceFiles(dir);
  const known = new Set(files);
  const graph = new Map<string, Node>();
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const imported: string[] = [];
    const packages: string[] = [];
    for (const match of text.matchAll(SPECIFIER)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? '';
      if (specifier.startsWith('.')) {
        const target = resolve(file, specifier, known);
        if (target !== null) imported.push(target);
      } else packages.push(specifier);
    }
    graph.set(file, {files: imported, packages});
  }
  return graph;
}

/** Every cycle of the graph, each as the files around it (Tarjan's strongly connected components). */
export function cycles(graph: ReadonlyMap<string, Node>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  // Iterative, so a long chain of imports cannot overflow the test's own stack.
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: {node: string; next: number}[] = [{node: start, next: 0}];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work.at(-1) as {node: string; next: number};
      const edges = graph.get(frame.node)?.files ?? [];
      if (frame.next < edges.length) {
        const target = edges[frame.next++] as string;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({node: target, next: 0});
        } else if (onStack.has(target))
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(target) ?? 0));
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent !== undefined)
        low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = (graph.get(frame.node)?.files ?? []).includes(frame.node);
        if (component.length > 1 || selfLoop) found.push(component.sort());
      }
    }
  }
  return found;
}
