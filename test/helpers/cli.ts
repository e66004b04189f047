// Runs the built CLI (`dist/cli.js`, as users and scripts run it) with a clean
// environment, and builds it first when the sources are newer. Test files run in
// parallel processes: the build takes a lock so two files never rewrite dist/ at once
// (esbuild rewrites files in place, which a CLI starting meanwhile would read half-done).
import {execFileSync, spawn} from 'node:child_process';
import {mkdirSync, readdirSync, rmSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';

/** The repository root, with a trailing slash. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The built CLI. */
export const CLI = `${ROOT}dist/cli.js`;

/** How a CLI run ended. */
export type Outcome = {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
};

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function isFresh(): boolean {
  try {
    const sources = Math.max(newest(`${ROOT}source`), newest(`${ROOT}package.json`));
    return statSync(CLI).mtimeMs > sources;
  } catch {
    return false;
  }
}

let built: Promise<void> | undefined;

/** Builds dist/ with the package's own build script, unless it is already newer than the sources. */
export function buildCli(): Promise<void> {
  built ??= (async () => {
    const lock = `${ROOT}node_modules/.tableflow-runs-build-lock`;
    for (;;) {
      try {
        mkdirSync(lock);
        break;
      } catch {
        // A lock older than a minute belongs to a process that died mid-build.
        const age = Date.now() - (statSync(lock, {throwIfNoEntry: false})?.mtimeMs ?? Date.now());
        if (age > 60_000) rmSync(lock, {recursive: true, force: true});
        await delay(100);
      }
    }
    try {
      if (!isFresh()) execFileSync('npm', ['run', 'build'], {cwd: ROOT, stdio: 'pipe'});
    } finally {
      rmSync(lock, {recursive: true, force: true});
    }
  })();
  return built;
}

/** Runs `node dist/cli.js ...args` with only PATH and `env`; killed after `timeoutMs`. */
export function run(
  args: readonly string[],
  env: Record<string, string> = {},
  timeoutMs = 20_000,
): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      // A clean environment: nothing from the developer's shell may leak into the CLI.
      env: {PATH: process.env.PATH ?? '', ...env},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({code, stdout, stderr});
    });
  });
}

/**
 * Starts the built CLI's `simulate` with `args`, waits for its banner, and returns the
 * child, its exit, what it printed, the URL it serves and (as it arrives) its stderr.
 */
export async function startSimulate(args: readonly string[]) {
  await buildCli();
  const child = spawn(process.execPath, [CLI, 'simulate', ...args], {
    env: {PATH: process.env.PATH ?? ''},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner: ${stdout}`)), 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('Ctrl-C')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const url = /http:\/\/127\.0\.0\.1:\d+/.exec(stdout)?.[0] ?? '';
  return {child, exit, stdout, url, stderr: () => stderr};
}
