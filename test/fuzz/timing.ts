// Linear time, tested by scaling rather than by a wall-clock limit: the time for an input 8×
// larger, over the time for the smaller one. Linear work gives about 8, quadratic about 64; the
// bound callers use (24) leaves room for noise on a busy 2-core machine. Each size is timed
// several times and the fastest run kept, which removes most scheduling noise.

export const SCALE = 8;

export function fastest(run: () => void, repeats = 5): number {
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/**
 * time(make(n × SCALE)) / time(make(n)). n starts at `n` and doubles until the small input takes
 * at least `minMs` (too short to time reliably otherwise), so a slow case is measured at small
 * sizes and a fast one at large sizes.
 */
export function scalingRatio<T>(make: (n: number) => T, work: (input: T) => unknown, n: number, minMs = 2): number {
  let small = make(n);
  let smallTime = fastest(() => work(small));
  while (smallTime < minMs && n < 1 << 22) {
    n *= 2;
    small = make(n);
    smallTime = fastest(() => work(small));
  }
  const large = make(n * SCALE);
  const largeTime = fastest(() => work(large), 3);
  return largeTime / Math.max(smallTime, 0.001);
}
