// The setup most e2e files share: the CLI built (if stale) and a simulator started before
// the file's tests; every screen they opened killed, and the simulator closed, after them.
import {after, before} from 'node:test';
import {
  startSimulator,
  type Simulator,
  type SimulatorOptions,
} from '../../source/simulator/http/server.js';
import {buildCli} from './cli.js';
import type {Screen} from './terminal.js';

/** The file's simulator (once `before` has run) and the screens to kill when it is done. */
export type E2eWorld = {readonly sim: Simulator; readonly open: Screen[]};

/** Registers the file's `before` and `after`; `ready` runs once the simulator is up. */
export function e2eWorld(
  options: SimulatorOptions,
  ready: (sim: Simulator) => void = () => {},
): E2eWorld {
  let sim: Simulator | null = null;
  const open: Screen[] = [];
  before(async () => {
    await buildCli();
    sim = await startSimulator(options);
    ready(sim);
  });
  after(async () => {
    for (const screen of open) screen.kill('SIGKILL');
    await sim?.close();
  });
  return {
    get sim(): Simulator {
      if (sim === null) throw new Error('the simulator starts in before()');
      return sim;
    },
    open,
  };
}
