/**
 * `npm run certify -- --snapshot export.zip` end to end, in process: a ZIP
 * shaped like `npx convex export` output is built in memory, loaded for the
 * chat app's schema, and the invariants run on it once, as the certify
 * snapshot runner does (harness/cli/runners/snapshot.run.ts).
 */
import { strToU8, zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { checkOnSnapshot } from "../harness/cli/snapshotCheck.js";
import { formatRedactedFailure } from "../harness/report/redactResult.js";
import { loadSnapshotExport } from "../harness/snapshotImport/index.js";
import { app } from "./app.js";
import { registry } from "./registry.js";

const ANTHROPIC = "sk-ant-api03-Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBa_-Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBaZx9Yw8Vu7AA";
const OPENAI = "sk-proj-3hG7kL1mN5pQ9rS2tU6vW0xY4zA8bC2dE6fG0hJ4kL8mN2pQ6";
const jsonl = (docs: unknown[]) => strToU8(docs.map((d) => JSON.stringify(d)).join("\n") + "\n");

function chatExport(): Uint8Array {
  return zipSync({
    "README.md": strToU8("# Welcome to your Convex snapshot export!\n"),
    "_tables/documents.jsonl": jsonl([{ name: "users", id: 10001 }, { name: "userSettings", id: 10002 }, { name: "apiKeys", id: 10003 }]),
    "users/documents.jsonl": jsonl([
      { _id: "jd71ada0000000000000000000000001", _creationTime: 1700000000000, name: "Ada", email: "ada@example.com" },
      { _id: "jd71bob0000000000000000000000002", _creationTime: 1700000000001, name: "Bob", email: "bob@example.com" },
    ]),
    "userSettings/documents.jsonl": jsonl([
      { _id: "kx81s10000000000000000000000001a", _creationTime: 1700000000002, userId: "jd71ada0000000000000000000000001", anthropicKey: ANTHROPIC, encryptedApiKeys: JSON.stringify({ openai: OPENAI }) },
      { _id: "kx81s20000000000000000000000002b", _creationTime: 1700000000003, userId: "jd71bob0000000000000000000000002", theme: "dark" },
    ]),
    "apiKeys/documents.jsonl": jsonl([]),
  });
}

describe("certify --snapshot on a ZIP built here", () => {
  const { dataset, report } = loadSnapshotExport(chatExport(), app.schema as never, "export.zip");

  test("the export loads into a dataset with references between its tables", () => {
    expect(report.problems.filter((p) => !p.message.endsWith("seeded empty"))).toEqual([]);
    expect(report.tables.map((t) => [t.table, t.imported])).toEqual([["users", 2], ["userSettings", 2], ["apiKeys", 0]]);
    expect(dataset.tables.userSettings.map((s) => s.userId)).toEqual([{ __ref: ["users", 0] }, { __ref: ["users", 1] }]);
  });

  test("apiKeysToTable's data invariants hold on the real dataset", async () => {
    const entry = registry.find("apiKeysToTable")!;
    for (const invariant of ["roundTrip", "idempotent", "conserves"] as const) {
      const result = await checkOnSnapshot(entry, invariant, dataset, "export.zip", 1);
      expect(result.status, `${invariant}: ${result.status === "failed" ? result.failure.summary : ""}`).toBe("passed");
    }
  });

  test("a broken migration fails on it, with a redacted report that says how to repeat it", async () => {
    const result = await checkOnSnapshot(registry.find("apiKeysToTable_dropsAnthropic")!, "conserves", dataset, "export.zip", 1);
    if (result.status !== "failed") throw new Error(`the fault was not caught on the snapshot: ${result.status}`);
    expect(result.replay).toBe("HARNESS_SEED=1 npm run certify -- --snapshot export.zip --migration apiKeysToTable_dropsAnthropic");
    const shown = formatRedactedFailure(result, registry.find("apiKeysToTable")!.spec().secrets?.fields);
    expect(shown).toContain("lost its anthropic key");
    expect(shown).not.toContain(ANTHROPIC);
    expect(shown).not.toContain(OPENAI);
    expect(shown).toMatch(/‹redacted sk-ant \d+ch #[0-9a-f]{6}›/);
  });
});
