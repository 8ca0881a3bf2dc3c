/**
 * `npm run bench`: runs bench/*.bench.ts on the memory backend, gathers the
 * figures they record, prints them and writes reports/bench.json so that two
 * runs can be compared. Figures, not assertions: the machine is shared.
 *
 * Figures, each against bare convex-test in the same run where it applies:
 * an indexed point lookup at 20,000 documents; round trips per second at 20,
 * 200 and 2,000 documents; harness time over bare convex-test time per
 * invariant; the 10,000-document certification with every applicable
 * invariant; `certify --snapshot` of a generated 100,000-document export;
 * each migration suite's wall time. Progress is printed as it runs.
 */
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { startVitest } from "vitest/node";
import { FIGURES_FILE } from "./figures.js";
import { BENCH_OPTIONS_VARIABLE, DEFAULT_BENCH_OPTIONS, type BenchOptions } from "./options.js";
import { invariantNames } from "convex-migration-harness";
// The bench command's own parts (its progress, the suites' timing, the provenance): not the package's API.
import { BenchProgressReporter, type ProgressPlan } from "../harness/vitest/reporters/benchProgressReporter.js";
import { timeSpecSuites } from "../harness/cli/bench.js";
import { versions } from "../harness/cli/provenance.js";

/** Each group of figures and the bench file that makes it; `suites` runs the migration suites. */
const GROUPS = {
  lookup: "bench/lookup.bench.ts",
  roundTrip: "bench/throughput.bench.ts",
  overhead: "bench/overhead.bench.ts",
  certification: "bench/memory10k.bench.ts",
  snapshot: "bench/snapshot100k.bench.ts",
  suites: null,
} as const;
type Group = keyof typeof GROUPS;

const USAGE = `Usage: npm run bench -- [options]

  --only <groups>              comma-separated, of: ${Object.keys(GROUPS).join(", ")} (default: all)
  --sizes <n,n,...>            round-trip dataset sizes (default ${DEFAULT_BENCH_OPTIONS.sizes.join(",")}; BENCH_SIZES also works)
  --snapshot-documents <n>     documents in the generated export (default ${DEFAULT_BENCH_OPTIONS.snapshotDocuments})
  --snapshot-migrations <m,..> migrations certified on it, or "all" (default ${DEFAULT_BENCH_OPTIONS.snapshotMigrations})
  --snapshot-invariants <i,..> invariants checked on it (default ${DEFAULT_BENCH_OPTIONS.snapshotInvariants.join(",")})
  --bare-heavy <seconds>       also replay the 10,000-document certification and the snapshot on
                               bare convex-test, each for at most this long (default 0: not at all)
  --help                       this text`;

/** The bench as a function of its arguments; returns the exit code. */
export async function benchMain(argv: string[]): Promise<number> {
  const parsed = parseOptions(argv);
  if (typeof parsed === "number") return parsed;
  const { groups, options } = parsed;
  const started = Date.now();
  rmSync(FIGURES_FILE, { force: true });
  const files = groups.flatMap((g) => (GROUPS[g] ? [GROUPS[g]] : []));
  const progress = new BenchProgressReporter(planOf(files, options));
  if (files.length > 0) {
    process.env.HARNESS_BENCH = "1";
    process.env[BENCH_OPTIONS_VARIABLE] = JSON.stringify(options);
    // One file at a time: parallel files would measure each other. (With
    // HARNESS_BENCH set, vitest.config.ts also gives each file a fresh worker.)
    const vitest = await startVitest("test", files, { project: ["memory"], run: true, watch: false, fileParallelism: false, reporters: [progress] } as never);
    await vitest.close();
    delete process.env.HARNESS_BENCH;
  }
  const figures = readFigures();
  summarizeOverhead(figures);
  const suiteFailures = groups.includes("suites") ? await suiteWallTimes(figures) : 0;
  const report = {
    createdAt: new Date().toISOString(),
    commit: execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30) },
    versions: versions(process.cwd()),
    options,
    durationMs: Date.now() - started,
    figures,
  };
  mkdirSync("reports", { recursive: true });
  writeFileSync("reports/bench.json", JSON.stringify(report, null, 2) + "\n");
  console.log("\nBenchmark figures");
  for (const { group, name, ...figure } of figures) {
    const shown = Object.entries(figure).map(([k, v]) => `${k} ${typeof v === "number" ? Number(v.toFixed(2)) : v}`);
    console.log(`  ${group} ${name}: ${shown.join(", ")}`);
  }
  console.log(`Written to reports/bench.json (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return progress.failures + suiteFailures > 0 ? 1 : 0;
}

function parseOptions(argv: string[]): { groups: Group[]; options: BenchOptions } | number {
  const list = (text: string | undefined) => text?.split(",").map((s) => s.trim()).filter(Boolean);
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        only: { type: "string" },
        sizes: { type: "string" },
        "snapshot-documents": { type: "string" },
        "snapshot-migrations": { type: "string" },
        "snapshot-invariants": { type: "string" },
        "bare-heavy": { type: "string" },
        help: { type: "boolean" },
      },
    }));
  } catch (error) {
    console.error(`bench: ${(error as Error).message} (see --help)`);
    return 2;
  }
  if (values.help) return console.log(USAGE), 0;
  const groups = (list(values.only as string) ?? Object.keys(GROUPS)) as Group[];
  const unknown = groups.filter((g) => !(g in GROUPS));
  const numbers = (text: string | undefined) => list(text)?.map(Number);
  const options: BenchOptions = {
    sizes: numbers((values.sizes as string) ?? process.env.BENCH_SIZES) ?? DEFAULT_BENCH_OPTIONS.sizes,
    snapshotDocuments: Number(values["snapshot-documents"] ?? DEFAULT_BENCH_OPTIONS.snapshotDocuments),
    snapshotMigrations: values["snapshot-migrations"] === "all" ? "all" : (list(values["snapshot-migrations"] as string) ?? DEFAULT_BENCH_OPTIONS.snapshotMigrations),
    snapshotInvariants: list(values["snapshot-invariants"] as string) ?? DEFAULT_BENCH_OPTIONS.snapshotInvariants,
    bareHeavySeconds: Number(values["bare-heavy"] ?? DEFAULT_BENCH_OPTIONS.bareHeavySeconds),
  };
  const bad = [
    ...unknown.map((g) => `--only: unknown group "${g}"`),
    ...(options.sizes.some((n) => !(n >= 2 && Number.isInteger(n / 2))) ? ["--sizes: even numbers of documents, at least 2"] : []),
    ...(!(options.snapshotDocuments >= 10) ? ["--snapshot-documents: a number of at least 10"] : []),
    ...(!(options.bareHeavySeconds >= 0) ? ["--bare-heavy: a number of seconds"] : []),
  ];
  if (bad.length > 0) {
    console.error(`bench: ${bad[0]} (see --help)`);
    return 2;
  }
  return { groups, options };
}

/** Each bench file's tests and rough seconds per test on a quiet 2-core machine, for the progress line's time left. */
function planOf(files: string[], options: BenchOptions): ProgressPlan {
  const roundTrips = options.sizes.reduce((n, size) => n + 2 + size / 40, Math.max(...options.sizes) / 30);
  const estimates: ProgressPlan = {
    [GROUPS.lookup]: { tests: 1, seconds: 25 },
    [GROUPS.roundTrip]: { tests: options.sizes.length, seconds: roundTrips / options.sizes.length },
    [GROUPS.overhead]: { tests: invariantNames.length, seconds: 12 },
    [GROUPS.certification]: { tests: 1, seconds: 150 },
    [GROUPS.snapshot]: { tests: 1, seconds: (540 * options.snapshotDocuments) / 100_000 },
  };
  return Object.fromEntries(files.map((file) => [file, estimates[file]]));
}

function readFigures(): Array<Record<string, any>> {
  if (!existsSync(FIGURES_FILE)) return [];
  return readFileSync(FIGURES_FILE, "utf8").trim().split("\n").filter(Boolean).map((line) => JSON.parse(line));
}

/** Overhead over all invariants: every invariant's runs against every invariant's bare calls. */
function summarizeOverhead(figures: Array<Record<string, any>>): void {
  const overhead = figures.filter((f) => f.group === "overhead");
  if (overhead.length === 0) return;
  const harnessMs = overhead.reduce((n, f) => n + f.harnessMs, 0);
  const bareConvexTestMs = overhead.reduce((n, f) => n + f.bareConvexTestMs, 0);
  figures.push({ group: "overhead", name: "all invariants", harnessMs, bareConvexTestMs, ratio: harnessMs / bareConvexTestMs });
}

/** Wall time of each migration suite with its default run counts (the package's bench); returns the failures. */
async function suiteWallTimes(figures: Array<Record<string, any>>): Promise<number> {
  const { figures: times, failures } = await timeSpecSuites();
  figures.push(...times.filter((t) => t.group === "suiteWallTime"));
  return failures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exit(await benchMain(process.argv.slice(2)));
