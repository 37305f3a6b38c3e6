import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from './paths.js';

// A process whose cleanup takes 600 ms and then prints "cleaned"; it prints "ready" once its handlers are on.
const script = `
import { createLogger, onShutdown } from './lib/log.ts';
onShutdown(createLogger('test'), async () => { await new Promise((resolve) => setTimeout(resolve, 600)); console.log('cleaned'); });
console.log('ready');
setInterval(() => {}, 1000);
`;

async function stopWith(signals: NodeJS.Signals[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repositoryRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  while (!output.includes('ready')) await once(child.stdout, 'data');
  const exited = once(child, 'exit') as Promise<[number | null]>;
  for (const signal of signals) {
    if (child.exitCode === null) child.kill(signal);
    // Signals of one kind sent together are delivered once; a pause keeps them two.
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  const [code] = await exited;
  // The logger's own JSON lines go to the same output; only the script's words matter here.
  return { code, output: output.split('\n').filter((line) => line === 'ready' || line === 'cleaned').join('\n') };
}

describe('onShutdown', () => {
  it('finishes its cleanup when Ctrl-C is followed by a SIGTERM from a supervisor', async () => {
    expect(await stopWith(['SIGINT', 'SIGTERM'])).toEqual({ code: 0, output: 'ready\ncleaned' });
  });

  it('stops at once when the same signal comes twice', async () => {
    const { code, output } = await stopWith(['SIGINT', 'SIGINT']);
    expect(code).toBe(1);
    expect(output).not.toContain('cleaned');
  });
});
