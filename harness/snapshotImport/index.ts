import type { Dataset } from "../model/dataset.js";
import type { SchemaLike } from "../snapshot/canonical.js";
import { readExport } from "./readExport.js";
import type { SnapshotImportReport } from "./report.js";
import { toDataset } from "./toDataset.js";

export type { SnapshotImportReport, SnapshotProblem, SnapshotTableReport } from "./report.js";

/**
 * Loads a Convex snapshot export (the ZIP `npx convex export` writes) as a
 * Dataset for the app's schema, ready to seed any backend with the harness's
 * own seed function. Never throws on bad input: everything it could not load
 * is in the report, document by document.
 *
 * @internal certify's (`certify --snapshot`), not exported by the package.
 * @example
 * const { dataset, report } = loadSnapshotExport(readFileSync("export.zip"), schema, "export.zip");
 * await checkMigration(spec, { invariant: "roundTrip", counterexample: { dataset } });
 */
export function loadSnapshotExport(bytes: Uint8Array, schema: SchemaLike, file = "export.zip"): { dataset: Dataset; report: SnapshotImportReport } {
  const contents = readExport(bytes);
  if (contents.unreadable) {
    return { dataset: { tables: {} }, report: { file, tables: [], problems: contents.problems, danglingReferences: 0, notes: [] } };
  }
  const converted = toDataset(contents.tables, schema);
  return {
    dataset: converted.dataset,
    report: {
      file,
      tables: converted.tables,
      problems: [...contents.problems, ...converted.problems],
      danglingReferences: converted.danglingReferences,
      notes: [...contents.notes, ...converted.notes],
    },
  };
}
