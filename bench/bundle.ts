// Bundles a bench entry: the heap harness exactly as `npm run build` bundles the CLI
// (source/bundle/build.ts), and the baseline as anyone would bundle a minimal Ink app,
// minified for production with none of the CLI's module swaps, since the budget is what
// plain Ink costs.
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
 * Bundles `entry` (relative to bench/) as a plain Ink app: minified, production React,
 * split only so that Ink's devtools (which import a package Ink does not install) stay
 * in a chunk that never loads.
 */
export async function bundlePlain(entry: string, name: string): Promise<string> {
  const outdir = `${BENCH_OUT}${name}`;
  await build({
    entryPoints: {[name]: fileURLToPath(new URL(entry, import.meta.url))},
    outdir,
    bundle: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    external: ['react-devtools-core'],
    define: {'process.env.NODE_ENV': '"production"'},
    // Ink's CommonJS dependencies call `require`, which an ES module lacks.
    banner: {
      js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return `${outdir}/${name}.js`;
}
