/**
 * The peak resident memory of this process while a bench runs: sampled every
 * 50 ms, and the kernel's own high-water mark (which also counts what the
 * samples missed between two ticks).
 */
export function peakMemory(): { stop(): void; peakMiB(): number } {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  return {
    stop: () => clearInterval(sampler),
    peakMiB: () => Math.round(Math.max(peak / 2 ** 20, process.resourceUsage().maxRSS / 1024)),
  };
}
