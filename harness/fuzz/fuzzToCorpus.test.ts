/**
 * The fuzz -> corpus -> npm test loop, in a temporary corpus folder: a short
 * fuzz of a broken migration finds it and saves it (redacted), the corpus
 * replay fails with the full report while the bug is there, from the vault
 * or, without it, from seed and path, and passes once the migration is the
 * fixed one. The same functions run inside the fuzz command and a spec file's corpus tests.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { parseCorpusEntry, type CorpusEntry } from "../corpus/entry.js";
import { replayCorpusEntry } from "./replayCorpus.js";
import { readCorpus, VAULT_DIR } from "../corpus/store.js";
import { batchMigration } from "../spec/migration.js";
import { notesSpec } from "../testing/notesSpec.js";
import { fuzzProperty } from "./property.js";

const dir = mkdtempSync(join(tmpdir(), "corpus-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const command = "npx vitest run --project memory x.migration.ts -t 'x'";
const replay = { file: "x.migration.ts", testName: "addSlug faults roundTrip catches lost tags", project: "memory" };
// Note texts are declared secret: the committed entry shows none of them, and the vault keeps the raw case.
const secrets = { fields: { notes: ["text"] }, isCiphertext: () => true };
const fixed = notesSpec({
  secrets,
  faults: [{ name: "lossy", invariant: "roundTrip", bug: "lost tags", maxDocuments: 2, overrides: { forward: batchMigration("slugs:lossyForward") } }],
});
const broken = fixed.faults[0].spec();

test("a fault found by a short fuzz lands in the corpus and replays until the migration is fixed", async () => {
  const lines: string[] = [];
  const report = await fuzzProperty({ spec: broken, invariant: "roundTrip", deadline: Date.now() + 20_000, seed: 7, corpusDir: dir, replay, log: (line) => lines.push(line) });
  expect(report.status).toBe("failed");
  const file = report.findings[0].corpusFile!;
  expect(lines.at(-2)).toContain(`FAILED after ${report.runs} runs`);
  expect(lines.at(-2)).toContain(file);
  // The fuzz output says how to replay it: the npm test test of that property, with its seed and path.
  expect(lines.at(-1)).toMatch(/^fuzz addSlug_lossy › roundTrip \[memory\]: replay with: HARNESS_REPLAY='addSlug_lossy\.roundTrip\.memory@-?\d+:[\d:]*' npx vitest run --project memory x\.migration\.ts -t /);
  expect(report.findings[0].replay).toBe(lines.at(-1)!.split("replay with: ")[1]);

  // What is committed shows no secret value, but says where one was.
  const text = readFileSync(file, "utf8");
  expect(text).not.toMatch(/Buy milk|Call Ada|Ship it/);
  expect(text).toContain("‹redacted secret");
  const [{ parsed }] = readCorpus(dir);
  if (parsed.kind !== "entry") throw new Error(`unreadable: ${JSON.stringify(parsed)}`);
  const entry: CorpusEntry = parsed.entry;
  expect(entry).toMatchObject({ migration: "addSlug_lossy", invariant: "roundTrip", foundBy: "fuzz", seed: 7, file: "x.migration.ts" });
  expect(entry.case.exact).toBe(false);

  const fromVault = await replayCorpusEntry(entry, broken, { dir, command });
  if (fromVault.status !== "failed") throw new Error(`expected the saved failure to fail again: ${JSON.stringify(fromVault)}`);
  expect(fromVault.source).toBe("vault");
  expect(fromVault.result.replay).toBe(command);

  // A fresh clone has no vault: seed and path regenerate the same case.
  rmSync(join(dir, VAULT_DIR), { recursive: true });
  const regenerated = await replayCorpusEntry(entry, broken, { dir, command });
  expect(regenerated.status === "failed" && regenerated.source).toBe("regenerated");

  // The fixed migration passes on the same case: the entry stays as a regression test.
  expect((await replayCorpusEntry(entry, fixed, { dir, command })).status).toBe("passed");
}, 60_000);

test("fuzzing a correct migration keeps to its budget, with a new seed and a progress line per round", async () => {
  const lines: string[] = [];
  const started = Date.now();
  const report = await fuzzProperty({ spec: fixed, invariant: "terminates", deadline: started + 1500, roundRuns: 2, corpusDir: dir, replay, log: (line) => lines.push(line) });
  expect(report).toMatchObject({ status: "passed", findings: [] });
  expect(report.rounds).toBeGreaterThanOrEqual(1);
  expect(new Set(report.seeds).size).toBe(report.rounds);
  expect(lines).toHaveLength(report.rounds);
  expect(lines.at(-1)).toMatch(new RegExp(`^fuzz addSlug › terminates \\[memory\\]: ${report.runs} runs, ${report.rounds} rounds, \\d+s left, 0 failures$`));
  // A round starts only while time is left, so the overrun is at most one round.
  expect(Date.now() - started).toBeLessThan(1500 + 5000);
}, 30_000);

test("entries that can no longer be replayed are reported by name and reason, not crashed on", async () => {
  const [{ name, parsed }] = readCorpus(dir);
  if (parsed.kind !== "entry") throw new Error("the first test saves an entry");
  const wrongInvariant = await replayCorpusEntry({ ...parsed.entry, invariant: "idempotent" }, broken, { dir, command });
  expect(wrongInvariant).toMatchObject({ status: "corrupt", reason: expect.stringMatching(/caught by roundTrip only, not idempotent/) });
  const drifted = await replayCorpusEntry({ ...parsed.entry, seed: 8 }, broken, { dir, command });
  expect(drifted).toMatchObject({ status: "outdated", reason: expect.stringMatching(/no longer generate the saved case/) });
  writeFileSync(join(dir, name), JSON.stringify({ ...parsed.entry, schemaVersion: 0 }));
  expect(parseCorpusEntry(readFileSync(join(dir, name), "utf8"), name).kind).toBe("outdated");
});
