// Timing for the benchmark: medians of warm runs, with as many runs as fit a small budget.

import { readFileSync } from 'node:fs';

export interface Timing {
  medianMs: number;
  runs: number;
}

/**
 * Runs `work` once to warm up, then repeatedly until `budgetMs` is spent (at least `minRuns`,
 * at most `maxRuns`), and returns the median. A run longer than `slowMs` is not repeated: its
 * single time is the measurement.
 */
export async function time(work: () => unknown, { minRuns = 5, maxRuns = 40, budgetMs = 2_000, slowMs = 5_000 } = {}): Promise<Timing> {
  const first = await timed(work);
  if (first > slowMs) return { medianMs: first, runs: 1 };
  const times: number[] = [];
  const started = performance.now();
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - started < budgetMs)) {
    times.push(await timed(work));
    if (times.length >= minRuns && times.reduce((a, b) => a + b, 0) > budgetMs * 4) break;
  }
  return { medianMs: median(times), runs: times.length };
}

async function timed(work: () => unknown): Promise<number> {
  const t = performance.now();
  await work();
  return performance.now() - t;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`);
export const fmtRatio = (r: number) => (r >= 100 ? `${r.toFixed(0)}×` : r >= 10 ? `${r.toFixed(1)}×` : `${r.toFixed(2)}×`);
export const fmtBytes = (bytes: number) => (bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(bytes >= 10 << 20 ? 0 : 1)} MB` : `${(bytes / 1024).toFixed(0)} KB`);

/** Peak resident memory of a process (Linux), in bytes. */
export function peakRss(pid: number | 'self' = 'self'): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
