import { readConfig } from './config.js';

/**
 * Keeps the services of `npm start` running: a service that exits unexpectedly is started again
 * with the same launch (so the same port and data), after a delay that doubles with each quick
 * exit; one that keeps crashing is left down and reported, while the others keep running. The
 * gateway serves partial data with SUBGRAPH_UNAVAILABLE meanwhile, which is why one crash must not
 * stop the hub. Processes, timers and the clock are passed in, so the rules are tested without
 * real processes or real time.
 */

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** What the supervisor needs of a running process; `ServiceProcess` from lib/processes.ts fits. */
export interface RunningProcess {
  readonly child: { readonly pid?: number | undefined };
  /** Settles once, when the process has exited. */
  readonly exited: Promise<ExitStatus>;
  stop(): Promise<unknown>;
}

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface RestartLimits {
  /** Delay before the first restart; each quick exit after that doubles it. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A process that stayed up this long has recovered: its next restart waits the first delay again. */
  resetAfterMs: number;
  /** This many exits within `windowMs` and the service is left down. */
  maxExits: number;
  windowMs: number;
}

export const defaultRestartLimits: RestartLimits = {
  firstDelayMs: 500,
  maxDelayMs: 30_000,
  resetAfterMs: 60_000,
  maxExits: 5,
  windowMs: 120_000,
};

export function readRestartLimits(env: NodeJS.ProcessEnv = process.env): RestartLimits {
  const day = 86_400_000;
  return readConfig(
    (read) => ({
      firstDelayMs: read.integer('VANGNET_RESTART_DELAY_MS', defaultRestartLimits.firstDelayMs, { min: 0, max: day }),
      maxDelayMs: read.integer('VANGNET_RESTART_MAX_DELAY_MS', defaultRestartLimits.maxDelayMs, { min: 0, max: day }),
      resetAfterMs: read.integer('VANGNET_RESTART_RESET_MS', defaultRestartLimits.resetAfterMs, { min: 0, max: day }),
      maxExits: read.integer('VANGNET_RESTART_MAX_EXITS', defaultRestartLimits.maxExits, { min: 1, max: 1_000_000 }),
      windowMs: read.integer('VANGNET_RESTART_WINDOW_MS', defaultRestartLimits.windowMs, { min: 1, max: day }),
    }),
    env,
  );
}

export interface Service<P extends RunningProcess> {
  name: string;
  /** Starts the process; called again, unchanged, for every restart. */
  launch(): P;
  /** Resolves once the process answers; rejects when it will not. */
  ready(process: P): Promise<void>;
}

export interface SupervisorOptions {
  limits?: RestartLimits;
  clock?: Clock;
  log?: { info(line: string): void; error(line: string): void };
}

type State = 'starting' | 'running' | 'waiting' | 'given up' | 'stopped';

interface Entry<P extends RunningProcess> {
  service: Service<P>;
  state: State;
  process: P | null;
  startedAt: number;
  /** Restarts since the service last stayed up `resetAfterMs`: the exponent of the next delay. */
  quickRestarts: number;
  restarts: number;
  exitTimes: number[];
  timer: unknown;
}

export class Supervisor {
  private readonly limits: RestartLimits;
  private readonly clock: Clock;
  private readonly log: { info(line: string): void; error(line: string): void };
  private readonly entries: Entry<RunningProcess>[] = [];
  private stopping = false;

  constructor(options: SupervisorOptions = {}) {
    this.limits = options.limits ?? defaultRestartLimits;
    this.clock = options.clock ?? systemClock;
    this.log = options.log ?? { info: (line) => console.log(line), error: (line) => console.error(line) };
  }

  /**
   * Starts a service and resolves once it is ready. A service that fails its first start is not
   * restarted: that is a configuration or build problem a restart will not fix, so the caller
   * stops the hub with the reason instead.
   */
  async start<P extends RunningProcess>(service: Service<P>): Promise<void> {
    if (this.stopping) throw new Error('the hub is stopping');
    const entry: Entry<P> = { service, state: 'starting', process: null, startedAt: 0, quickRestarts: 0, restarts: 0, exitTimes: [], timer: null };
    this.entries.push(entry as unknown as Entry<RunningProcess>);
    const process = this.launch(entry);
    await readyOrExited(service, process);
    if (entry.state === 'starting') entry.state = 'running';
  }

  /** Each service's state, for logs and tests. */
  states(): Record<string, State> {
    return Object.fromEntries(this.entries.map((entry) => [entry.service.name, entry.state]));
  }

  /**
   * Stops every service, last started first, so the gateway finishes its requests in flight while
   * the subgraphs still answer. No restart happens once this has been called.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const entry of this.entries) {
      if (entry.timer !== null) this.clock.clearTimeout(entry.timer);
      entry.timer = null;
    }
    for (const entry of [...this.entries].reverse()) {
      const process = entry.process;
      entry.state = 'stopped';
      if (process) await process.stop();
    }
  }

  private launch<P extends RunningProcess>(entry: Entry<P>): P {
    const process = entry.service.launch();
    entry.process = process;
    entry.startedAt = this.clock.now();
    this.log.info(`vangnet: ${entry.service.name} started (pid ${process.child.pid ?? 'unknown'})`);
    void process.exited.then((status) => this.onExit(entry, process, status));
    return process;
  }

  private onExit<P extends RunningProcess>(entry: Entry<P>, process: P, status: ExitStatus): void {
    if (this.stopping || entry.process !== process) return;
    const name = entry.service.name;
    const now = this.clock.now();
    const how = status.signal ? `signal ${status.signal}` : `exit code ${status.code}`;
    if (entry.state === 'starting') return; // start() reports it and the hub stops
    entry.process = null;
    entry.exitTimes = [...entry.exitTimes.filter((time) => now - time < this.limits.windowMs), now];
    if (entry.exitTimes.length >= this.limits.maxExits) {
      entry.state = 'given up';
      this.log.error(
        `vangnet: ${name} exited (${how}) at ${clockTime(now)}; it keeps crashing (${entry.exitTimes.length} exits within ${duration(this.limits.windowMs)}); not restarting it. The rest of the hub keeps running.`,
      );
      return;
    }
    if (now - entry.startedAt >= this.limits.resetAfterMs) entry.quickRestarts = 0;
    const delay = Math.min(this.limits.firstDelayMs * 2 ** entry.quickRestarts, this.limits.maxDelayMs);
    entry.quickRestarts += 1;
    entry.restarts += 1;
    entry.state = 'waiting';
    this.log.error(`vangnet: ${name} exited (${how}) at ${clockTime(now)}; restarting in ${duration(delay)} (restart ${entry.restarts})`);
    entry.timer = this.clock.setTimeout(() => this.restart(entry, now), delay);
  }

  private restart<P extends RunningProcess>(entry: Entry<P>, exitedAt: number): void {
    entry.timer = null;
    if (this.stopping) return;
    entry.state = 'running';
    const process = this.launch(entry);
    readyOrExited(entry.service, process).then(
      () => {
        if (entry.process === process && !this.stopping) {
          this.log.info(`vangnet: ${entry.service.name} answers again (pid ${process.child.pid ?? 'unknown'}), ${duration(this.clock.now() - exitedAt)} after it exited`);
        }
      },
      (error: unknown) => {
        // An exit is handled by onExit; anything else (it runs but never answers) is worth a line.
        if (entry.process === process && !this.stopping && !(error instanceof ExitedBeforeReady)) {
          this.log.error(`vangnet: ${entry.service.name} was restarted but does not answer: ${firstLine(error)}`);
        }
      },
    );
  }
}

class ExitedBeforeReady extends Error {}

/** `ready` alone would not notice a process killed by a signal until its timeout; the exit settles it at once. */
function readyOrExited<P extends RunningProcess>(service: Service<P>, process: P): Promise<void> {
  const exited = process.exited.then((status) => {
    throw new ExitedBeforeReady(`${service.name} exited (${status.signal ? `signal ${status.signal}` : `exit code ${status.code}`}) before it was ready`);
  });
  return Promise.race([service.ready(process), exited]);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

function clockTime(ms: number): string {
  return new Date(ms).toTimeString().slice(0, 8);
}

/** 500 → "0.5 s", 120000 → "2 minutes": as people say it in a log line. */
export function duration(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return ms === 60_000 ? '1 minute' : `${ms / 60_000} minutes`;
  return `${Number((ms / 1000).toFixed(1))} s`;
}
