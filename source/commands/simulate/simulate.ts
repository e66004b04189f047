// `tableflow-runs simulate`: serves the fake TableFlow API until Ctrl-C or SIGTERM, then
// closes the server (and its keep-alive connections) before exiting. A requested stop is
// a success, so it exits 0; failing to listen (port taken, bad host) exits 1.

import type {EventEmitter} from 'node:events';
import type {Writable} from 'node:stream';
import type {SimulateCommand} from '../../cli/commands.js';
import {formatBanner, startSimulator} from '../../simulator/http/server.js';
import {DEMO_WORLD} from '../../simulator/world/history.js';
import {errorLine, write} from '../shared/output.js';

/** Where `simulate` writes, and where stop signals come from (`process` in the CLI). */
export type SimulateIo = {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly signals: Pick<EventEmitter, 'once' | 'off'>;
};

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Runs the simulator until a stop signal; resolves to the exit code. */
export async function runSimulate(command: SimulateCommand, io: SimulateIo): Promise<number> {
  // Listening for stop signals from the start: whoever reads the banner may stop us at once.
  const stop = awaitStop(io.signals);
  let simulator: Awaited<ReturnType<typeof startSimulator>>;
  try {
    simulator = await startSimulator({
      ...DEMO_WORLD,
      port: command.port,
      host: command.host,
      seed: command.seed,
      key: command.key,
      fault: command.fault === undefined ? null : {mode: command.fault, remaining: null},
      ...(command.chaosPeriodMs === undefined
        ? {}
        : {
            chaos: {periodMs: command.chaosPeriodMs},
            // One line per switch, so whoever watches a client knows what it is facing.
            onFaultChange: (mode) => {
              void write(io.stderr, `${clockTime()} fault: ${mode ?? 'none (healthy)'}\n`);
            },
          }),
    });
  } catch (error) {
    stop.dispose();
    await write(io.stderr, errorLine(listenFailure(error, command)));
    return 1;
  }
  await write(
    io.stdout,
    [...formatBanner(simulator), ...faultLines(command), '', 'Press Ctrl-C to stop.', ''].join(
      '\n',
    ),
  );
  const signal = await stop.stopped;
  await write(io.stderr, `${signal === 'SIGINT' ? '\n' : ''}stopping the simulator\n`);
  await simulator.close();
  return 0;
}

function faultLines(command: SimulateCommand): string[] {
  // The banner names a fault set with --fault already.
  if (command.chaosPeriodMs === undefined) return [];
  const seconds = command.chaosPeriodMs / 1000;
  return ['', `Faults: every mode in turn, ${seconds} s each, with ${seconds} s healthy between.`];
}

// HH:MM:SS in UTC: enough to line the simulator's log up with a client's.
function clockTime(): string {
  return new Date().toISOString().slice(11, 19);
}

function awaitStop(signals: SimulateIo['signals']) {
  let dispose = (): void => {};
  const stopped = new Promise<string>((resolve) => {
    const handlers = {
      SIGINT: () => finish('SIGINT'),
      SIGTERM: () => finish('SIGTERM'),
    };
    dispose = () => {
      for (const name of STOP_SIGNALS) signals.off(name, handlers[name]);
    };
    const finish = (name: string): void => {
      dispose();
      resolve(name);
    };
    for (const name of STOP_SIGNALS) signals.once(name, handlers[name]);
  });
  return {stopped, dispose};
}

function listenFailure(error: unknown, command: SimulateCommand): string {
  const code = (error as {code?: unknown} | null)?.code;
  const where = `${command.host}:${command.port}`;
  if (code === 'EADDRINUSE') return `cannot listen on ${where}: the port is already in use`;
  if (code === 'EACCES')
    return `cannot listen on ${where}: permission denied (ports below 1024 need privileges)`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return `cannot listen on ${where}: ${command.host} is not an address of this machine`;
  }
  return `cannot start the simulator on ${where}: ${error instanceof Error ? error.message : String(error)}`;
}
