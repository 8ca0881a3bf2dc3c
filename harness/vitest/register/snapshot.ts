import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import type { Dataset } from "../../model/dataset.js";
import { checkMigration } from "../../invariants/check.js";
import { invariants } from "../../invariants/index.js";
import type { InvariantName } from "../../model/invariantNames.js";
import { formatRedactedFailure } from "../../report/redactResult.js";
import type { CheckResult } from "../../model/result.js";
import { loadSnapshotExport, type SnapshotImportReport } from "../../snapshotImport/index.js";
import { problemCount, unreadable } from "../../snapshotImport/report.js";
import type { MigrationSpec } from "../../spec/types.js";
import { toMeta } from "./invariants.js";

/** Documents per table a snapshot failure keeps in its report: the whole export is too much to show. */
const SHOWN_PER_TABLE = 20;

export interface SnapshotTestsOptions {
  /** Absolute path of the export ZIP. */
  file: string;
  seed: number;
  /** How to run this again, e.g. `npx convex-migration-harness certify --snapshot export.zip --migration x`. */
  replay: string;
}

/** Loaded once per schema per worker: an export can be large. */
const loaded = new Map<unknown, { dataset: Dataset; report: SnapshotImportReport }>();

/**
 * certify --snapshot: the export loads (its report goes to the certificate,
 * every document it could not load named there), then every applicable
 * invariant of the spec runs once on that real dataset.
 */
export function snapshotTests(spec: MigrationSpec, options: SnapshotTestsOptions): void {
  const load = () => {
    if (!loaded.has(spec.app.schema)) loaded.set(spec.app.schema, loadSnapshotExport(new Uint8Array(readFileSync(options.file)), spec.app.schema as never, options.file));
    return loaded.get(spec.app.schema)!;
  };
  test(`${spec.name}: snapshot ${options.file} loads`, (context) => {
    const { report } = load();
    (context.task.meta as Record<string, unknown>).harnessSnapshotImport = report;
    console.log(`snapshot ${options.file}: ${report.tables.map((t) => `${t.table} ${t.imported}/${t.documents}`).join(", ")}; ${problemCount(report)} problem(s)`);
    expect(report.problems.filter((p) => p.kind === "zip")).toEqual([]);
  });
  // An archive that cannot be read gets no invariant test: nothing ran on it, so nothing passed or failed.
  if (unreadable(load().report)) return;
  for (const invariant of applicable(spec)) {
    test(`${spec.name} › ${invariant} on the snapshot`, async (context) => {
      const { dataset } = load();
      const meta = context.task.meta as Record<string, unknown>;
      meta.harnessSource = "snapshot";
      const result = await checkOnSnapshot(spec, invariant, dataset, options);
      meta.harnessResult = toMeta(result);
      if (result.status === "failed") throw new Error(formatRedactedFailure(result, spec.secrets?.fields as never));
      if (result.status === "skipped") context.skip(result.reason);
    });
  }
}

/**
 * One invariant on the snapshot's dataset, once (the data is what it is:
 * nothing to generate or shrink). A failure keeps only the first documents
 * of each table: production data stays in reports, never in the corpus.
 */
export async function checkOnSnapshot(spec: MigrationSpec, invariant: InvariantName, dataset: Dataset, options: SnapshotTestsOptions): Promise<CheckResult> {
  const result = await checkMigration(spec, { invariant, counterexample: { dataset }, seed: options.seed });
  if (result.status !== "failed") return result;
  const total = Object.values(dataset.tables).reduce((n, docs) => n + docs.length, 0);
  const tables = Object.fromEntries(Object.entries(dataset.tables).map(([t, docs]) => [t, docs.slice(0, SHOWN_PER_TABLE)]));
  return {
    ...result,
    dataset: { tables },
    failure: {
      ...result.failure,
      details: [`(the snapshot's ${total} documents; the report shows the first ${SHOWN_PER_TABLE} of each table)`, ...result.failure.details],
    },
    replay: options.replay,
  };
}

function applicable(spec: MigrationSpec): InvariantName[] {
  return (Object.keys(invariants) as InvariantName[]).filter(
    (name) => (!spec.fault || spec.fault.invariant === name) && invariants[name].notApplicable(spec) === null,
  );
}
