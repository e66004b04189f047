// `npm run build`: the CLI as one set of minified ESM chunks in dist/, the way users run
// it: about half the start-up time of loading Ink's files one by one. It bundles the
// dependencies exactly as installed, patches included (source/patches, applied by
// patch-package when `npm install` runs `prepare`), so the bundle runs the code the tests
// run. The bench bundles its harnesses with the same options (bench/bundle.ts).
import {rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {build, type BuildOptions} from 'esbuild';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

// Production React (no per-render performance entries), and a `require` for the CommonJS
// dependencies that esbuild leaves as calls. Set before any module body runs.
const BANNER = [
  '#!/usr/bin/env node',
  "process.env.NODE_ENV='production';import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);",
].join('\n');

/** esbuild options for bundling `entryPoints` into `outdir` as the CLI is bundled. */
export function bundleOptions(
  entryPoints: BuildOptions['entryPoints'],
  outdir: string,
): BuildOptions {
  return {
    entryPoints,
    outdir,
    bundle: true,
    // Split so that each command loads only its own code: the status line, run by tmux
    // every few seconds, never pays for React; Ink's devtools never load at all.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Less to parse at start-up; names kept for readable stack traces.
    minify: true,
    keepNames: true,
    external: ['react-devtools-core'],
    define: {'process.env.NODE_ENV': '"production"'},
    banner: {js: BANNER},
    logLevel: 'warning',
  };
}

// Run as a script: build the CLI.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = here('../dist');
  rmSync(dist, {recursive: true, force: true});
  await build({
    ...bundleOptions({cli: here('../source/main.tsx')}, dist),
    absWorkingDir: here('..'),
  });
}
