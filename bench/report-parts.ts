/** What the benchmarks' reports share: the machine they ran on, and text that goes into a Markdown table. */
import os from 'node:os';

export interface Machine {
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
}

export function describeMachine(): Machine {
  return {
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
  };
}

/** "Node v20.19.0, linux x64, 2 × AMD EPYC, 24 GB." */
export function machineInWords(machine: Machine): string {
  return `Node ${machine.node}, ${machine.platform}, ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB.`;
}

/** Text that stays within its table cell: no column separators, no line breaks. */
export function tableCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
