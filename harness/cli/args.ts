import type { Shard } from "./shard.js";

/** Every option a harness CLI takes; each CLI accepts a subset. */
export interface CliArgs {
  /** Property runs per invariant (certify). */
  runs: number;
  /** Time budget in ms (fuzz). */
  time: number;
  /** Base seed; absent: fresh, and printed. */
  seed?: number;
  shard: Shard;
  /** vitest projects, one per backend: "memory", "container". */
  backends: string[];
  /** Only these migrations (registry names, faults included). */
  migrations?: string[];
  /** A Convex snapshot export (ZIP) to certify against (certify). */
  snapshot?: string;
  /** Datasets sampled for data-class coverage (certify). */
  coverageRuns: number;
  /** Datasets each data class must appear in (certify). */
  minCoverage: number;
  /** Most runs per fuzz round (fuzz). */
  roundRuns: number;
  /** Corpus folder; "none" disables saving. */
  corpus: string;
}

type Flag = keyof CliArgs;

const BACKENDS = ["memory", "container"];

const parsers: Record<Flag, { name: string; usage: string; parse: (value: string) => CliArgs[Flag] }> = {
  runs: { name: "--runs", usage: "--runs N", parse: (v) => positiveInteger("--runs", v) },
  time: { name: "--time", usage: "--time 10m", parse: parseDuration },
  seed: { name: "--seed", usage: "--seed N", parse: (v) => integer("--seed", v) },
  shard: { name: "--shard", usage: "--shard i/n", parse: parseShard },
  backends: { name: "--backend", usage: "--backend memory,container", parse: parseBackends },
  migrations: { name: "--migration", usage: "--migration name[,name]", parse: (v) => list("--migration", v) },
  snapshot: { name: "--snapshot", usage: "--snapshot export.zip", parse: (v) => v },
  coverageRuns: { name: "--coverage-runs", usage: "--coverage-runs N", parse: (v) => positiveInteger("--coverage-runs", v) },
  minCoverage: { name: "--min-coverage", usage: "--min-coverage N", parse: (v) => positiveInteger("--min-coverage", v) },
  roundRuns: { name: "--round-runs", usage: "--round-runs N", parse: (v) => positiveInteger("--round-runs", v) },
  corpus: { name: "--corpus", usage: "--corpus dir|none", parse: (v) => v },
};

/**
 * Parses `argv` for the flags a CLI accepts (`accepted`), over its defaults.
 * Rejects unknown flags and bad values with a message naming the flag and
 * listing what is accepted.
 */
export function parseArgs(argv: string[], defaults: CliArgs, accepted: Flag[]): CliArgs {
  const args: CliArgs = { ...defaults };
  const usage = accepted.map((flag) => parsers[flag].usage).join(" ");
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const key = accepted.find((k) => parsers[k].name === flag);
    if (!key) throw new Error(`unknown option ${flag}; accepted: ${usage}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value (${parsers[key].usage})`);
    (args as unknown as Record<string, unknown>)[key] = parsers[key].parse(value);
  }
  return args;
}

function integer(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`${flag} must be an integer, got ${value}`);
  return n | 0;
}

function positiveInteger(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a positive integer, got ${value}`);
  return n;
}

/** "90s", "10m", "1h", "1h30m" or plain seconds. */
export function parseDuration(value: string): number {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (!match || value === "") throw new Error(`--time must look like 90s, 10m, 1h or 1h30m, got ${value}`);
  const [, h = "0", m = "0", s = "0"] = match;
  const ms = ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000;
  if (ms <= 0) throw new Error(`--time must be longer than 0, got ${value}`);
  return ms;
}

function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count) throw new Error(`--shard must be i/n with 1 <= i <= n, got ${value}`);
  return { index, count };
}

function parseBackends(value: string): string[] {
  const backends = list("--backend", value);
  const unknown = backends.filter((b) => !BACKENDS.includes(b));
  if (unknown.length > 0) throw new Error(`--backend: unknown backend ${unknown.join(", ")}; known: ${BACKENDS.join(", ")}`);
  return [...new Set(backends)];
}

function list(flag: string, value: string): string[] {
  const items = value.split(",").map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) throw new Error(`${flag} needs at least one name`);
  return items;
}
