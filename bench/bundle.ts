// Bundles a bench entry the way `npm run build` bundles the CLI (esbuild, ESM, node20,
// React in production mode), so the baseline and the heap harness are measured under the
// same conditions as the shipped bin.
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';

/** Where bench bundles go: ignored by git, next to the other caches. */
export const BENCH_OUT = fileURLToPath(
  new URL('../node_modules/.cache/tableflow-runs-bench/', import.meta.url),
);

// The same banner as package.json's build script: production mode before React loads,
// and a `require` for the CommonJS dependencies.
const BANNER =
  "#!/usr/bin/env node\nprocess.env.NODE_ENV='production';import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);";

/** Bundles `entry` (relative to bench/) into BENCH_OUT/`name`/ and returns the entry's path. */
export async function bundle(entry: string, name: string): Promise<string> {
  const outdir = `${BENCH_OUT}${name}`;
  await build({
    // Split like the CLI: Ink's devtools (and its react-devtools-core import) stay in a
    // chunk that production never loads.
    entryPoints: {[name]: fileURLToPath(new URL(entry, import.meta.url))},
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    // Minified like the CLI: less to parse at start-up; names kept for stack traces.
    minify: true,
    keepNames: true,
    external: ['react-devtools-core'],
    alias: {
      'string-width': fileURLToPath(new URL('../source/cached-string-width.ts', import.meta.url)),
    },
    define: {'process.env.NODE_ENV': '"production"'},
    banner: {js: BANNER},
    logLevel: 'warning',
  });
  return `${outdir}/${name}.js`;
}
