// Bundles a bench entry: the heap harness exactly as `npm run build` bundles the CLI
// (source/bundle/build.ts), and the baseline as anyone would bundle a minimal Ink app,
// into one minified production file with none of the CLI's module swaps, since the
// budget is what plain Ink costs.
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

/** Bundles `entry` (relative to bench/) as a plain Ink app: one file, production React. */
export async function bundlePlain(entry: string, name: string): Promise<string> {
  const outfile = `${BENCH_OUT}${name}/${name}.js`;
  await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    // Ink imports its devtools only when DEV=true; the package is not installed.
    external: ['react-devtools-core'],
    define: {'process.env.NODE_ENV': '"production"'},
    // Ink's CommonJS dependencies call `require`, which an ES module lacks.
    banner: {
      js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return outfile;
}
