// npm run bench:hostile: what hostile scale costs the built CLI in a 120x40 pseudo-terminal
// (issue 12). The flow picker with 100,000 flows: opening it, each j, and q and Esc; the
// list of a 1,000-run page whose every run is longer than the detail's caps: each Down,
// opening a detail and scrolling it; the same keys in process on 1,000 runs at the size
// cap (size-cap-harness.ts). Plus the parse of both answers in process. Figures only:
// nothing fails. BENCH_CLI=path measures another build (e.g. an older one).
import {setTimeout as delay} from 'node:timers/promises';
import {cpus, loadavg} from 'node:os';
import {
  flowsBody,
  pageBodies,
  runId,
  startHostileServer,
  type HostileServer,
} from './hostile-data.js';
import {CLI, SIZE} from './scenarios.js';
import {spawnSession, type Session} from './pty-session.js';
import {formatTable, median, percentile, type Figure} from './stats.js';
import {parsing, sizeCap} from './hostile-in-process.js';

const cli = process.env.BENCH_CLI ?? CLI;
const quick = process.argv.includes('--quick');
const PRESSES = quick ? 10 : 40;
const SLOW = 120_000;

const log = (message: string): void => void process.stderr.write(`bench: ${message}\n`);
const load = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

function launch(server: HostileServer): Session {
  return spawnSession([cli, '--interval', '0', '--limit', '1000'], {
    ...SIZE,
    env: {TABLEFLOW_BASE_URL: server.url, TABLEFLOW_API_KEY: 'k', XDG_CONFIG_HOME: '/nonexistent'},
  });
}

/** Waits until the process has used no CPU for `quietMs`; returns the CPU seconds used. */
async function settled(session: Session, quietMs = 1500): Promise<number> {
  let last = session.cpuSeconds();
  let quietSince = performance.now();
  while (performance.now() - quietSince < quietMs) {
    await delay(100);
    const now = session.cpuSeconds();
    if (now !== last) quietSince = performance.now();
    last = now;
  }
  return last;
}

const SELECTED = /^.*›.*$/m;
const selectedLine = (screen: string): string => SELECTED.exec(screen)?.[0] ?? '';

/** ms from writing `key` until `done` holds for the screen. */
async function press(
  session: Session,
  key: string,
  done: (screen: string, before: string) => boolean,
): Promise<number> {
  await session.waitFor(() => true);
  const before = session.text();
  const sent = performance.now();
  session.write(key);
  const at = await session.waitFor((screen) => done(screen, before), SLOW);
  return at - sent;
}

const moved = (screen: string, before: string): boolean =>
  selectedLine(screen) !== selectedLine(before);
const PICKER = 'Show the runs of which flow?';

async function picker(server: HostileServer): Promise<Figure[]> {
  const session = launch(server);
  try {
    await session.waitFor((screen) => screen.includes(runId(0)), SLOW);
    const loadCpu = await settled(session);
    const cpuBefore = session.cpuSeconds();
    const open = await press(
      session,
      'f',
      (screen) => screen.includes(PICKER) && SELECTED.test(screen),
    );
    const openCpu = (await settled(session, 500)) - cpuBefore;
    const keys: number[] = [];
    for (let i = 0; i < (quick ? 3 : 10); i++) {
      keys.push(await press(session, 'j', moved));
      await delay(70);
    }
    const quit = await press(session, 'q', (screen) => !screen.includes(PICKER));
    await press(session, 'f', (screen) => screen.includes(PICKER));
    const escape = await press(session, '\u001B', (screen) => !screen.includes(PICKER));
    return [
      {
        name: 'start to idle, CPU (100k flows)',
        unit: 's',
        samples: [loadCpu],
        budget: '-',
        ok: true,
      },
      {name: 'f: picker on screen', unit: 'ms', samples: [open], budget: '<= 100', ok: open <= 100},
      {name: 'f: CPU to open the picker', unit: 's', samples: [openCpu], budget: '-', ok: true},
      {
        name: 'j in the picker (100k flows)',
        unit: 'ms',
        samples: keys,
        budget: '<= 30',
        ok: median(keys) <= 30,
      },
      {name: 'q closes the picker', unit: 'ms', samples: [quit], budget: '<= 100', ok: quit <= 100},
      {
        name: 'Esc closes the picker',
        unit: 'ms',
        samples: [escape],
        budget: '<= 100',
        ok: escape <= 100,
      },
    ];
  } finally {
    session.kill();
  }
}

async function bigPage(server: HostileServer): Promise<Figure[]> {
  const session = launch(server);
  try {
    await session.waitFor((screen) => screen.includes(runId(0)), SLOW);
    const loadCpu = await settled(session);
    const keys: number[] = [];
    for (let i = 0; i < PRESSES; i++) {
      keys.push(await press(session, '\u001B[B', moved));
      await delay(70);
    }
    const open = await press(session, '\r', (screen) => screen.includes('Timeline'));
    await settled(session, 500);
    const scroll: number[] = [];
    for (let i = 0; i < (quick ? 5 : 20); i++) {
      scroll.push(await press(session, 'j', (screen, before) => screen !== before));
      await delay(70);
    }
    const p95 = percentile(keys, 95);
    return [
      {
        name: 'start to idle, CPU (1,000 big runs)',
        unit: 's',
        samples: [loadCpu],
        budget: '-',
        ok: true,
      },
      {
        name: 'key to frame, 1,000 runs over the caps',
        unit: 'ms',
        samples: [p95, median(keys), percentile(keys, 99)],
        budget: '<= 30',
        ok: p95 <= 30,
        note: 'samples: p95, p50, p99',
      },
      {name: 'Enter: detail on screen', unit: 'ms', samples: [open], budget: '-', ok: true},
      {
        name: 'j in the detail',
        unit: 'ms',
        samples: scroll,
        budget: '<= 30',
        ok: median(scroll) <= 30,
      },
    ];
  } finally {
    session.kill();
  }
}

/** ms to parse and map each answer in process, as the client does (median of 3). */
log(`node ${process.version}, ${cpus().length} cores, load ${load()}, CLI ${cli}`);
const flows = flowsBody();
const small = pageBodies(50);
const big = pageBodies();
log(
  `flows ${(flows.length / 2 ** 20).toFixed(1)} MB, page ${(big.page.length / 2 ** 20).toFixed(1)} MB`,
);
const manyFlows = await startHostileServer({flows, bodies: small});
const bigRuns = await startHostileServer({flows: '[]', bodies: big});
const figures: Figure[] = [];
try {
  log('flow picker, 100,000 flows');
  figures.push(...(await picker(manyFlows)));
  log('1,000-run page, every run over the caps');
  figures.push(...(await bigPage(bigRuns)));
  log('1,000 runs at the size cap, in process');
  figures.push(...(await sizeCap()));
  log('parsing in process');
  figures.push(...(await parsing(manyFlows, bigRuns)));
} finally {
  await manyFlows.close();
  await bigRuns.close();
}
log(`done, load ${load()}`);
process.stdout.write(`${formatTable(figures)}\n`);
