/**
 * The snapshot part of `npm run certify -- --snapshot export.zip`: loads the
 * export once per app schema, reports every document it could not load, and
 * checks every applicable invariant of every migration on that real dataset,
 * once. Only run through the CLI.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import type { Dataset } from "../../../generators/dataset.js";
import type { App } from "../../app.js";
import { loadRegistry } from "../../corpus/registry.js";
import { formatRedactedFailure } from "../../report/redactResult.js";
import { loadSnapshotExport, type SnapshotImportReport } from "../../snapshotImport/index.js";
import { readCertifyPlan } from "../certifyPlan.js";
import { selectEntries } from "../shard.js";
import { applicableInvariants, checkOnSnapshot } from "../snapshotCheck.js";

const plan = readCertifyPlan();
const registry = await loadRegistry();
const file = plan.snapshot!;
const bytes = new Uint8Array(readFileSync(file));
const loaded = new Map<App, { dataset: Dataset; report: SnapshotImportReport }>();
const load = (app: App) => {
  if (!loaded.has(app)) loaded.set(app, loadSnapshotExport(bytes, app.schema as never, file));
  return loaded.get(app)!;
};
const entries = selectEntries(registry, plan.migrations).filter((e) => !e.fault);

test(`snapshot ${file} loads`, (context) => {
  const { report } = load(entries[0]?.app ?? registry.migrations[0].app);
  (context.task.meta as Record<string, unknown>).harnessSnapshotImport = report;
  const documents = report.problems.filter((p) => p.kind === "document").length;
  console.log(`snapshot ${file}: ${report.tables.map((t) => `${t.table} ${t.imported}/${t.documents}`).join(", ")}; ${report.problems.length} problem(s), ${documents} document(s) left out`);
  expect(report.problems.filter((p) => p.kind === "zip")).toEqual([]);
});

for (const entry of entries) {
  for (const invariant of applicableInvariants(entry)) {
    test(`${entry.name} › ${invariant} on the snapshot`, async (context) => {
      const result = await checkOnSnapshot(entry, invariant, load(entry.app).dataset, file, plan.seed);
      const meta = context.task.meta as Record<string, unknown>;
      meta.harnessResult = JSON.parse(JSON.stringify(result, (_k, v) => (typeof v === "bigint" ? `${v}n` : v)));
      meta.harnessSource = "snapshot";
      if (result.status === "failed") throw new Error(formatRedactedFailure(result, entry.spec().secrets?.fields));
      if (result.status === "skipped") context.skip(result.reason);
    });
  }
}
