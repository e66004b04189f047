// Bundles a bench entry: the heap harness exactly as `npm run build` bundles the CLI
// (source/bundle/build.ts), and the start-up baseline as a plain Ink app, without the
// CLI's module swaps: the budget is what a minimal Ink app costs, not one made faster.
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';
import {bundleOptions} from '../source/bundle/build.js';

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
