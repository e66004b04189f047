// Builds the bench's entries: the heap harness exactly as `npm run build` bundles the CLI
// (.scripts/build.ts); the start-up yardstick, a minimal Ink app, as its author would
// run it (compiled, importing Ink from node_modules); and the same app bundled like the
// CLI without the CLI's module swaps, a stricter yardstick shown beside it.
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';
import {bundleOptions} from '../.scripts/build.js';

/** Where bench bundles go: ignored by git, next to the other caches. */
export const BENCH_OUT = fileURLToPath(
  new URL('../node_modules/.cache/tableflow-runs-bench/', import.meta.url),
);

/** Bundles `entry` (relative to bench/) as the CLI is bundled; returns the entry's path. */
export async function bundle(entry: string, name: string): Promise<string> {
  const outdir = `${BENCH_OUT}${name}`;
  await build(bundleOptions({[name]: fileURLToPath(new URL(entry, import.meta.url))}, outdir));
  return `${outdir}/${name}.js`;
}

/**
 * Bundles `entry` (relative to bench/) as a plain Ink app: the CLI's esbuild options
 * (production React, minified, split so Ink's devtools stay in a chunk that never
 * loads) less everything of ours: no module swaps, no kept names.
 */
export async function bundlePlain(entry: string, name: string): Promise<string> {
  const outdir = `${BENCH_OUT}${name}`;
  const entryPoints = {[name]: fileURLToPath(new URL(entry, import.meta.url))};
  await build({...bundleOptions(entryPoints, outdir), alias: {}, plugins: [], keepNames: false});
  return `${outdir}/${name}.js`;
}

/**
 * Compiles `entry` (relative to bench/) as written, without bundling: its imports load
 * from node_modules, as a minimal Ink app's do.
 */
export async function compileOnly(entry: string, name: string): Promise<string> {
  const outdir = `${BENCH_OUT}${name}`;
  await build({
    entryPoints: {[name]: fileURLToPath(new URL(entry, import.meta.url))},
    outdir,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    logLevel: 'warning',
  });
  return `${outdir}/${name}.js`;
}
