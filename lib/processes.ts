import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  /** Settles once, when the process has exited: its exit code, or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything the process wrote, for diagnosing a failed start in tests. */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface NodeProcessOptions {
  name: string;
  /** What follows `node` on the command line: flags, the script, its arguments. */
  nodeArgs: string[];
  env?: Record<string, string>;
  cwd?: string;
  /** Copy the child's output to this process's stdout, prefixed with its name. */
  echo?: boolean;
}

export interface StartOptions {
  name: string;
  /** A TypeScript entry point, run by Node with the tsx loader. */
  entry: string;
  args?: string[];
  env?: Record<string, string>;
  cwd?: string;
  echo?: boolean;
}

/** A TypeScript program that is not one of the hub's services (an example, a script), run through tsx. */
export function startTypeScriptProcess(options: StartOptions): ServiceProcess {
  const { entry, args, ...rest } = options;
  return startNodeProcess({ ...rest, nodeArgs: ['--import', 'tsx', entry, ...(args ?? [])] });
}

export function startNodeProcess(options: NodeProcessOptions): ServiceProcess {
  const child = spawn(process.execPath, options.nodeArgs, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output = (output + text).slice(-200_000);
    if (options.echo) {
      for (const line of text.split('\n')) if (line.trim()) process.stdout.write(`[${options.name}] ${line}\n`);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    name: options.name,
    child,
    exited,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill(signal);
      const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const { code } = await exited;
      clearTimeout(timeout);
      return code;
    },
  };
}

/** Polls a URL until it answers 200, or fails with the process's output when it exits or times out. */
export async function waitUntilReady(url: string, service: ServiceProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null || service.child.signalCode !== null) {
      const how = service.child.signalCode ? `signal ${service.child.signalCode}` : `code ${service.child.exitCode}`;
      throw new Error(`${service.name} exited with ${how} before it was ready:\n${service.output()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${service.name} was not ready at ${url} within ${timeoutMs} ms:\n${service.output()}`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
