/** The machine a benchmark ran on. */
import { readFileSync } from 'node:fs';
import { cpus, release, totalmem, type as osType } from 'node:os';
import type { MachineInfo } from './report';

/** CPU model and logical CPU count from the text of /proc/cpuinfo. */
export function parseCpuinfo(text: string): { cpuModel: string; cpuCount: number } {
  const models = [...text.matchAll(/^model name\s*:\s*(.+)$/gm)].map((m) => m[1]!.trim());
  const processors = [...text.matchAll(/^processor\s*:/gm)].length;
  return { cpuModel: models[0] ?? 'unknown', cpuCount: processors || models.length };
}

export function machineInfo(chromium: string): MachineInfo {
  let cpu: { cpuModel: string; cpuCount: number };
  try {
    cpu = parseCpuinfo(readFileSync('/proc/cpuinfo', 'utf8'));
  } catch {
    cpu = { cpuModel: cpus()[0]?.model ?? 'unknown', cpuCount: cpus().length };
  }
  return {
    ...cpu,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium,
    date: new Date().toISOString(),
  };
}
