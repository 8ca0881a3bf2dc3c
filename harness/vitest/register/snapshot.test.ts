/**
 * certify --snapshot, in process: a ZIP shaped like `npx convex export`
 * output is built in memory, loaded for the notes app's schema, and the
 * invariants run on it once, as a spec file does in certify's snapshot mode.
 */
import { strToU8, zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { batchMigration } from "../../spec/migration.js";
import { formatRedactedFailure } from "../../report/redactResult.js";
import { loadSnapshotExport } from "../../snapshotImport/index.js";
import { notesApp } from "../../testing/notesApp.js";
import { notesSpec } from "../../testing/notesSpec.js";
import { checkOnSnapshot } from "./snapshot.js";

const TOKEN = "sk-ant-api03-Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBa_-Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBaZx9Yw8Vu7AA";
const jsonl = (docs: unknown[]) => strToU8(docs.map((d) => JSON.stringify(d)).join("\n") + "\n");

function notesExport(): Uint8Array {
  return zipSync({
    "README.md": strToU8("# Welcome to your Convex snapshot export!\n"),
    "_tables/documents.jsonl": jsonl([{ name: "users", id: 10001 }, { name: "notes", id: 10002 }]),
    "users/documents.jsonl": jsonl([
      { _id: "jd71ada0000000000000000000000001", _creationTime: 1700000000000, name: "Ada", tokenIdentifier: "test|ada" },
      { _id: "jd71bob0000000000000000000000002", _creationTime: 1700000000001, name: "Bob" },
    ]),
    "notes/documents.jsonl": jsonl([
      { _id: "kx81s10000000000000000000000001a", _creationTime: 1700000000002, userId: "jd71ada0000000000000000000000001", text: `key ${TOKEN}`, tags: ["work"] },
      { _id: "kx81s20000000000000000000000002b", _creationTime: 1700000000003, userId: "jd71bob0000000000000000000000002", text: "plain" },
    ]),
  });
}

describe("certify --snapshot on a ZIP built here", () => {
  const { dataset, report } = loadSnapshotExport(notesExport(), notesApp.schema as never, "export.zip");
  const fixed = notesSpec({
    faults: [{ name: "lossy", invariant: "roundTrip", bug: "lost tags", maxDocuments: 2, overrides: { forward: batchMigration("slugs:lossyForward") } }],
  });
  const options = { file: "export.zip", seed: 1, replay: "HARNESS_SEED=1 npx convex-migration-harness certify --snapshot export.zip --migration addSlug_lossy" };

  test("the export loads into a dataset with references between its tables, and counts no problem", () => {
    expect(report.problems).toEqual([]);
    expect(report.tables.map((t) => [t.table, t.imported])).toEqual([["users", 2], ["notes", 2]]);
    expect(dataset.tables.notes.map((s) => s.userId)).toEqual([{ __ref: ["users", 0] }, { __ref: ["users", 1] }]);
  });

  test("the migration's invariants hold on the real dataset", async () => {
    for (const invariant of ["roundTrip", "idempotent", "conserves", "readPathStable"] as const) {
      const result = await checkOnSnapshot(fixed, invariant, dataset, options);
      expect(result.status, `${invariant}: ${result.status === "failed" ? result.failure.summary : ""}`).toBe("passed");
    }
  });

  test("a broken migration fails on it, with a redacted report that says how to repeat it", async () => {
    const result = await checkOnSnapshot(fixed.faults[0].spec(), "roundTrip", dataset, options);
    if (result.status !== "failed") throw new Error(`the fault was not caught on the snapshot: ${result.status}`);
    expect(result.replay).toBe(options.replay);
    const shown = formatRedactedFailure(result);
    expect(shown).toContain("rollback did not restore");
    expect(shown).not.toContain(TOKEN);
    expect(shown).toMatch(/‹redacted sk-ant \d+ch #[0-9a-f]{6}›/);
  });
});
