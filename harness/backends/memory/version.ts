/** A `major.minor.patch` version, or null when `version` does not start with one (a pre-release counts as its release). */
export function parseVersion(version: string): [number, number, number] | null {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/** Whether `version` lies in `[min, max]`, both ends included. */
export function inVersionRange(version: string, range: { min: string; max: string }): boolean {
  const [v, lo, hi] = [parseVersion(version), parseVersion(range.min), parseVersion(range.max)];
  if (v === null || lo === null || hi === null) return false;
  return compare(v, lo) >= 0 && compare(v, hi) <= 0;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
