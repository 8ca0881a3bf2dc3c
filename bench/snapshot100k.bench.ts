/**
 * `certify --snapshot` on a generated 100,000-document production export:
 * the ZIP is built first (bench/syntheticExport.ts, not timed), then the
 * certify path is timed whole: reading and converting the export, then, for
 * each migration and invariant, seeding a fresh memory backend with it,
 * migrating, reading the snapshots and checking (checkOnSnapshot, what
 * certify --snapshot's tests call). Targets: under 10 minutes and 2 GiB.
 *
 * With `--bare-heavy <seconds>`, the same calls are replayed on bare
 * convex-test for at most that long.
 */
import { readdirSync } from "node:fs";
import { test } from "vitest";
import { checkMigration, memoryBackend, type InvariantName, type MigrationSpec } from "convex-migration-harness";
// What certify --snapshot runs, measured from the inside: the invariants' catalogue, the export's reader and the snapshot check.
import { invariants } from "../harness/invariants/index.js";
import { loadSnapshotExport } from "../harness/snapshotImport/index.js";
import { checkOnSnapshot } from "../harness/vitest/register/snapshot.js";
import { recording, replayBare, type Recorded } from "./bare.js";
import { recordFigure } from "./figures.js";
import { benchOptions, benchProgress } from "./options.js";
import { peakMemory } from "./peakMemory.js";
import { syntheticExport } from "./syntheticExport.js";

const options = benchOptions();

/** Every migration spec of the repository (suites/*.migration.ts), by default export. */
async function migrationSpecs(): Promise<MigrationSpec[]> {
  const files = readdirSync("suites").filter((name) => name.endsWith(".migration.ts")).sort().map((name) => `suites/${name}`);
  return Promise.all(files.map(async (file) => (await import(/* @vite-ignore */ `../${file}`)).default as MigrationSpec));
}

const applicableInvariants = (spec: MigrationSpec) => (Object.keys(invariants) as InvariantName[]).filter((name) => invariants[name].notApplicable(spec) === null);
const DOCUMENTS = options.snapshotDocuments;

test(`certify --snapshot of a generated ${DOCUMENTS}-document export`, { timeout: 7_200_000 }, async () => {
  const generated = performance.now();
  const zip = await syntheticExport(DOCUMENTS, 1, (step) => benchProgress(`generating the export: ${step}`));
  const generationSeconds = (performance.now() - generated) / 1000;
  const entries = (await migrationSpecs()).filter((e) => options.snapshotMigrations === "all" || options.snapshotMigrations.includes(e.name));
  const checks = entries.flatMap((entry) => applicableInvariants(entry).filter((i) => options.snapshotInvariants.includes(i)).map((invariant) => ({ entry, invariant })));
  const memory = peakMemory();
  const started = performance.now();
  try {
    benchProgress("reading the export");
    const loaded = new Map<MigrationSpec["app"], ReturnType<typeof loadSnapshotExport>>();
    const load = (entry: MigrationSpec) => loaded.get(entry.app) ?? loaded.set(entry.app, loadSnapshotExport(zip, entry.app.schema as never, "export.zip")).get(entry.app)!;
    for (const [i, { entry, invariant }] of checks.entries()) {
      benchProgress(`${entry.name} › ${invariant} (${i + 1}/${checks.length})`);
      const { dataset, report } = load(entry);
      if (report.problems.some((p) => p.kind === "zip")) throw new Error(`the generated export does not load: ${JSON.stringify(report.problems[0])}`);
      const result = await checkOnSnapshot(entry, invariant, dataset, { file: "export.zip", seed: 1, replay: "npm run bench -- --only snapshot" });
      if (result.status !== "passed") throw new Error(`${entry.name} › ${invariant} on the snapshot: ${result.status}`);
    }
  } finally {
    memory.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const names = checks.map((c) => `${c.entry.name}:${c.invariant}`).join(" ");
  recordFigure("snapshotCertify", `${DOCUMENTS} documents`, { checks: names, seconds, peakRssMiB: memory.peakMiB(), exportGenerationSeconds: generationSeconds, zipMiB: zip.length / 2 ** 20 });
  if (options.bareHeavySeconds > 0) await bareFigure(zip, checks, seconds, options.bareHeavySeconds);
});

/** The same checks' convex-test calls on bare convex-test, for at most `budget` seconds. */
async function bareFigure(zip: Uint8Array, checks: Array<{ entry: MigrationSpec; invariant: InvariantName }>, engineSeconds: number, budget: number): Promise<void> {
  const sessions: Recorded[] = [];
  for (const { entry, invariant } of checks) {
    const { dataset } = loadSnapshotExport(zip, entry.app.schema as never, "export.zip");
    await checkMigration(entry, { invariant, counterexample: { dataset }, seed: 1, backend: recording(memoryBackend(), sessions) });
  }
  benchProgress(`replaying the snapshot checks on bare convex-test (at most ${budget} s)`);
  const bare = await replayBare(sessions, budget * 1000);
  recordFigure("snapshotCertifyBare", `${DOCUMENTS} documents`, {
    engineSeconds,
    bareConvexTestSeconds: bare.ms / 1000,
    bareCallsReplayed: `${bare.calls} of ${bare.of}${bare.calls < bare.of ? " (stopped at the budget)" : ""}`,
  });
}
