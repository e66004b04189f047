// `npm run build`: the CLI as one set of minified ESM chunks in dist/, the way users run
// it. Besides bundling (about half the start-up time of loading Ink's files one by one),
// it swaps a few modules for leaner ones of ours; each swap is explained where it lives.
// The bench bundles its harnesses with the same options (bench/bundle.ts).
import {rmSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build, type BuildOptions, type Plugin} from 'esbuild';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

// Production React (no per-render performance entries), and a `require` for the CommonJS
// dependencies that esbuild leaves as calls. Set before any module body runs.
const BANNER = [
  '#!/usr/bin/env node',
  "process.env.NODE_ENV='production';import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);",
].join('\n');

/** A module a dependency imports by a relative path, which `alias` cannot reach. */
type Replacement = {
  /** The importing module, from node_modules, with forward slashes. */
  readonly importer: string;
  /** The path as the importer writes it. */
  readonly path: string;
  /** Ours, relative to this file. */
  readonly with: string;
};

const REPLACEMENTS: readonly Replacement[] = [
  // axios builds its fetch adapter when it loads, and merely looking at `Request` makes
  // Node load undici (about 17 ms). Our client only ever uses the http adapter.
  {importer: 'axios/lib/adapters/adapters.js', path: './fetch.js', with: './no-fetch-adapter.ts'},
  // Ink's frame layout, for a faster one with the same answers (see ink-output.ts).
  {importer: 'ink/build/renderer.js', path: './output.js', with: './ink-output.ts'},
];

const replacements: Plugin = {
  name: 'replacements',
  setup(builder) {
    for (const replacement of REPLACEMENTS) {
      const filter = new RegExp(`^${replacement.path.replaceAll('.', '\\.')}$`);
      builder.onResolve({filter}, (args) =>
        args.importer.split(sep).join('/').endsWith(`node_modules/${replacement.importer}`)
          ? {path: here(replacement.with)}
          : undefined,
      );
    }
  },
};

/** One edit to a dependency's source, made as it is bundled. */
type Patch = {
  /** The end of the module's path, with forward slashes. */
  readonly module: string;
  readonly find: string;
  readonly replace: string;
};

// Start-up work that our use never needs, deferred or skipped. A patch whose text is not
// found fails the build, so an upgraded dependency cannot silently lose (or break) one.
const PATCHES: readonly Patch[] = [
  // Reading the global FormData makes Node load undici (about 10 ms). axios keeps the
  // constructor only to recognise form bodies, which it also recognises by their tag,
  // and our client sends no bodies.
  {
    module: 'axios/lib/utils.js',
    find: "typeof G.FormData !== 'undefined' ? G.FormData : undefined",
    replace: 'undefined',
  },
];

const patches: Plugin = {
  name: 'patches',
  setup(builder) {
    builder.onLoad({filter: /node_modules.*\.js$/}, async (args) => {
      const path = args.path.split(sep).join('/');
      const due = PATCHES.filter((patch) => path.endsWith(`node_modules/${patch.module}`));
      if (due.length === 0) return undefined;
      let contents = await readFile(args.path, 'utf8');
      for (const patch of due) {
        if (!contents.includes(patch.find))
          throw new Error(`patch for ${patch.module} no longer applies: ${patch.find}`);
        contents = contents.replace(patch.find, patch.replace);
      }
      return {contents, loader: 'js'};
    });
  },
};

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
    alias: {
      'string-width': here('./string-width.ts'),
      'yoga-layout': here('./yoga-layout.ts'),
      'form-data': here('./no-form-data.ts'),
    },
    plugins: [replacements, patches],
    define: {'process.env.NODE_ENV': '"production"'},
    banner: {js: BANNER},
    logLevel: 'warning',
  };
}

// Run as a script: build the CLI.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = here('../../dist');
  rmSync(dist, {recursive: true, force: true});
  const {metafile} = await build({
    ...bundleOptions([here('../cli.tsx')], dist),
    absWorkingDir: here('../..'),
    metafile: true,
  });
  // A replacement that no longer matches (the dependency moved its module) fails the
  // build, as a patch that no longer applies does, rather than quietly shipping the original.
  const inputs = Object.keys(metafile.inputs);
  for (const replacement of REPLACEMENTS) {
    const ours = replacement.with.replace('./', 'source/bundle/');
    if (!inputs.includes(ours)) {
      console.error(`build: ${replacement.importer} no longer imports ${replacement.path}`);
      process.exitCode = 1;
    }
  }
}
