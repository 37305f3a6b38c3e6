import { describe, expect, it } from 'vitest';
import { ConfigError } from './config.js';
import { defaultRestartLimits, readRestartLimits, Supervisor, type Clock, type ExitStatus, type RestartLimits, type RunningProcess } from './supervisor.js';

/** Time moves only when the test says so; due timers run in order. */
class ManualClock implements Clock {
  private time = Date.UTC(2026, 0, 5, 9, 0, 0);
  private timers: Array<{ at: number; callback: () => void; id: number }> = [];
  private nextId = 1;
  now() {
    return this.time;
  }
  setTimeout(callback: () => void, ms: number) {
    const id = this.nextId++;
    this.timers.push({ at: this.time + ms, callback, id });
    return id;
  }
  clearTimeout(handle: unknown) {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  }
  pending(): number {
    return this.timers.length;
  }
  async advance(ms: number) {
    const until = this.time + ms;
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.time = due.at;
      due.callback();
      await settle();
    }
    this.time = until;
    await settle();
  }
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

class FakeProcess implements RunningProcess {
  static nextPid = 100;
  readonly child = { pid: FakeProcess.nextPid++ };
  stopped = false;
  private resolveExit!: (status: ExitStatus) => void;
  readonly exited = new Promise<ExitStatus>((resolve) => (this.resolveExit = resolve));
  crash(signal: NodeJS.Signals = 'SIGKILL') {
    this.resolveExit({ code: null, signal });
  }
  async stop() {
    this.stopped = true;
    this.resolveExit({ code: 0, signal: null });
  }
}

function setUp(limits: Partial<RestartLimits> = {}) {
  const clock = new ManualClock();
  const lines: string[] = [];
  const supervisor = new Supervisor({
    limits: { ...defaultRestartLimits, ...limits },
    clock,
    log: { info: (line) => lines.push(line), error: (line) => lines.push(line) },
  });
  const launched: Record<string, FakeProcess[]> = {};
  const service = (name: string, ready: (process: FakeProcess) => Promise<void> = async () => {}) => ({
    name,
    launch: () => {
      const process = new FakeProcess();
      (launched[name] ??= []).push(process);
      return process;
    },
    ready,
  });
  const current = (name: string) => launched[name]!.at(-1)!;
  return { clock, lines, supervisor, launched, service, current };
}

describe('the supervisor of npm start', () => {
  it('restarts a crashed service after a delay that doubles with each quick exit, up to the cap', async () => {
    const { clock, lines, supervisor, launched, service, current } = setUp({ maxDelayMs: 4_000, maxExits: 100 });
    await supervisor.start(service('woonopties'));
    const waits: number[] = [];
    for (let crash = 0; crash < 6; crash += 1) {
      current('woonopties').crash();
      await settle();
      const before = launched.woonopties!.length;
      let waited = 0;
      while (launched.woonopties!.length === before) {
        await clock.advance(100);
        waited += 100;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([500, 1_000, 2_000, 4_000, 4_000, 4_000]);
    expect(lines).toContain('vangnet: woonopties exited (signal SIGKILL) at ' + new Date(Date.UTC(2026, 0, 5, 9, 0, 0)).toTimeString().slice(0, 8) + '; restarting in 0.5 s (restart 1)');
    expect(lines.filter((line) => line.includes('restarting in'))).toHaveLength(6);
    expect(lines.filter((line) => line.includes('answers again'))).toHaveLength(6);
    expect(supervisor.states()).toEqual({ woonopties: 'running' });
  });

  it('waits the first delay again once a restarted service has stayed up long enough', async () => {
    const { clock, lines, supervisor, service, current } = setUp({ resetAfterMs: 60_000 });
    await supervisor.start(service('partners'));
    current('partners').crash();
    await settle();
    await clock.advance(500);
    current('partners').crash();
    await settle();
    expect(lines.at(-1)).toMatch(/restarting in 1 s \(restart 2\)$/);
    await clock.advance(1_000);
    await clock.advance(60_000);
    current('partners').crash();
    await settle();
    expect(lines.at(-1)).toMatch(/restarting in 0\.5 s \(restart 3\)$/);
  });

  it('leaves a service down that keeps crashing, says so, and keeps the others running', async () => {
    const { clock, lines, supervisor, launched, service, current } = setUp({ maxExits: 3, windowMs: 120_000 });
    await supervisor.start(service('regions'));
    await supervisor.start(service('voorzieningen'));
    for (let crash = 0; crash < 3; crash += 1) {
      current('voorzieningen').crash('SIGSEGV');
      await settle();
      await clock.advance(10_000);
    }
    expect(launched.voorzieningen).toHaveLength(3);
    expect(lines.at(-1)).toMatch(/^vangnet: voorzieningen exited \(signal SIGSEGV\) at \d\d:\d\d:\d\d; it keeps crashing \(3 exits within 2 minutes\); not restarting it\. The rest of the hub keeps running\.$/);
    await clock.advance(600_000);
    expect(launched.voorzieningen).toHaveLength(3);
    expect(clock.pending()).toBe(0);
    expect(supervisor.states()).toEqual({ regions: 'running', voorzieningen: 'given up' });
    expect(current('regions').stopped).toBe(false);
  });

  it('counts only the exits inside the window, so rare crashes are always restarted', async () => {
    const { clock, supervisor, launched, service, current } = setUp({ maxExits: 3, windowMs: 60_000, resetAfterMs: 10_000 });
    await supervisor.start(service('regions'));
    for (let crash = 0; crash < 6; crash += 1) {
      current('regions').crash();
      await settle();
      await clock.advance(40_000);
    }
    expect(launched.regions).toHaveLength(7);
    expect(supervisor.states()).toEqual({ regions: 'running' });
  });

  it('restarts nothing once stopping, cancels a pending restart and stops every process, last started first', async () => {
    const { clock, lines, supervisor, launched, service, current } = setUp();
    const stopOrder: string[] = [];
    for (const name of ['regions', 'registry', 'gateway']) {
      await supervisor.start(service(name));
      const process = current(name);
      const stop = process.stop.bind(process);
      process.stop = async () => {
        stopOrder.push(name);
        await stop();
      };
    }
    current('regions').crash();
    await settle();
    expect(clock.pending()).toBe(1);
    await supervisor.stop();
    expect(clock.pending()).toBe(0);
    expect(stopOrder).toEqual(['gateway', 'registry']);
    expect(current('gateway').stopped && current('registry').stopped).toBe(true);
    await clock.advance(600_000);
    expect(launched.regions).toHaveLength(1);
    expect(lines.filter((line) => line.includes('restarting'))).toHaveLength(1);
    expect(supervisor.states()).toEqual({ regions: 'stopped', registry: 'stopped', gateway: 'stopped' });
  });

  it('does not restart a process that exits on its own while the hub stops', async () => {
    const { clock, lines, supervisor, launched, service, current } = setUp();
    await supervisor.start(service('regions'));
    const stopping = supervisor.stop();
    current('regions').crash('SIGINT');
    await stopping;
    await clock.advance(600_000);
    expect(launched.regions).toHaveLength(1);
    expect(lines.some((line) => line.includes('exited'))).toBe(false);
  });

  it('does not restart a service that fails its first start: the hub reports it and stops', async () => {
    const { clock, supervisor, launched, service, current } = setUp();
    const never = () => new Promise<void>(() => {});
    const starting = supervisor.start(service('gateway', never));
    current('gateway').crash('SIGABRT');
    await expect(starting).rejects.toThrow('gateway exited (signal SIGABRT) before it was ready');
    await clock.advance(600_000);
    expect(launched.gateway).toHaveLength(1);
    await expect(supervisor.start(service('registry', async () => {
      throw new Error('registry was not ready at http://127.0.0.1:4010/healthcheck within 60000 ms');
    }))).rejects.toThrow('not ready');
  });

  it('reads its limits from the environment, listing every bad value', () => {
    expect(readRestartLimits({})).toEqual(defaultRestartLimits);
    expect(readRestartLimits({ VANGNET_RESTART_DELAY_MS: '100', VANGNET_RESTART_MAX_EXITS: '2', VANGNET_RESTART_WINDOW_MS: '20000' })).toMatchObject({
      firstDelayMs: 100,
      maxExits: 2,
      windowMs: 20_000,
    });
    try {
      readRestartLimits({ VANGNET_RESTART_DELAY_MS: 'soon', VANGNET_RESTART_MAX_EXITS: '0' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });
});
