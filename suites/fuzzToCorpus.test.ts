/**
 * The fuzz -> corpus -> npm test loop, in a temporary corpus folder: a short
 * fuzz of a catalogued fault finds it and saves it (redacted), the corpus
 * replay fails with the full report while the bug is there, from the vault
 * or, without it, from seed and path, and passes once the migration is the
 * fixed one. The same functions run inside `npm run fuzz` and suites/corpus.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { fuzzProperty } from "../harness/cli/fuzzProperty.js";
import { parseCorpusEntry, type CorpusEntry } from "../harness/corpus/entry.js";
import { replayCorpusEntry } from "../harness/corpus/replay.js";
import { readCorpus, VAULT_DIR } from "../harness/corpus/store.js";
import { registry } from "./registry.js";

const dir = mkdtempSync(join(tmpdir(), "corpus-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const command = "npx vitest run --project memory suites/corpus.test.ts -t 'x'";

test("a fault found by a short fuzz lands in the corpus and replays until the migration is fixed", async () => {
  const lines: string[] = [];
  const report = await fuzzProperty({
    entry: registry.find("apiKeysToTable_dropsAnthropic")!,
    invariant: "conserves",
    deadline: Date.now() + 20_000,
    seed: 7,
    corpusDir: dir,
    log: (line) => lines.push(line),
  });
  expect(report.status).toBe("failed");
  const file = report.findings[0].corpusFile!;
  expect(lines.at(-1)).toContain(`FAILED after ${report.runs} runs`);
  expect(lines.at(-1)).toContain(file);
  // What fuzz prints and puts in its reports is redacted too.
  expect(report.findings[0].report).toContain("‹redacted sk-ant");
  expect(report.findings[0].report).not.toMatch(/sk-ant-api03/);

  // What is committed shows no key, but says where one was.
  const text = readFileSync(file, "utf8");
  expect(text).not.toMatch(/sk-ant-api03|sk-proj-|AIza[A-Za-z0-9_-]{20}/);
  expect(text).toContain("‹redacted sk-ant");
  const [{ parsed }] = readCorpus(dir);
  if (parsed.kind !== "entry") throw new Error(`unreadable: ${JSON.stringify(parsed)}`);
  const entry: CorpusEntry = parsed.entry;
  expect(entry).toMatchObject({ migration: "apiKeysToTable_dropsAnthropic", invariant: "conserves", foundBy: "fuzz", seed: 7 });
  expect(entry.case.exact).toBe(false);

  const fromVault = await replayCorpusEntry(entry, registry, { dir, command });
  if (fromVault.status !== "failed") throw new Error(`expected the saved failure to fail again: ${JSON.stringify(fromVault)}`);
  expect(fromVault.source).toBe("vault");
  expect(fromVault.result.failure.summary).toContain("lost its anthropic key");
  expect(fromVault.result.replay).toBe(command);

  // A fresh clone has no vault: seed and path regenerate the same case.
  rmSync(join(dir, VAULT_DIR), { recursive: true });
  const regenerated = await replayCorpusEntry(entry, registry, { dir, command });
  expect(regenerated.status === "failed" && regenerated.source).toBe("regenerated");

  // The fixed migration passes on the same case: the entry stays as a regression test.
  const fixed = await replayCorpusEntry({ ...entry, migration: "apiKeysToTable" }, registry, { dir, command });
  expect(fixed.status).toBe("passed");
}, 60_000);

test("fuzzing a correct migration keeps to its budget, with a new seed and a progress line per round", async () => {
  const lines: string[] = [];
  const started = Date.now();
  const report = await fuzzProperty({
    entry: registry.find("threadSearch")!,
    invariant: "terminates",
    deadline: started + 1500,
    roundRuns: 2,
    corpusDir: dir,
    log: (line) => lines.push(line),
  });
  expect(report).toMatchObject({ status: "passed", findings: [] });
  expect(report.rounds).toBeGreaterThanOrEqual(1);
  expect(new Set(report.seeds).size).toBe(report.rounds);
  expect(lines).toHaveLength(report.rounds);
  expect(lines.at(-1)).toMatch(new RegExp(`^fuzz threadSearch › terminates \\[memory\\]: ${report.runs} runs, ${report.rounds} rounds, \\d+s left, 0 failures$`));
  // A round starts only while time is left, so the overrun is at most one round.
  expect(Date.now() - started).toBeLessThan(1500 + 5000);
}, 30_000);

test("entries the repository cannot replay are reported by name and reason, not crashed on", async () => {
  const [{ name, parsed }] = readCorpus(dir);
  if (parsed.kind !== "entry") throw new Error("the first test saves an entry");
  const unknown = await replayCorpusEntry({ ...parsed.entry, migration: "renamedMigration" }, registry, { dir, command });
  expect(unknown).toMatchObject({ status: "corrupt", reason: expect.stringMatching(/^unknown migration "renamedMigration" \(registered: apiKeysToTable, /) });
  const drifted = await replayCorpusEntry({ ...parsed.entry, seed: 8 }, registry, { dir, command });
  expect(drifted).toMatchObject({ status: "outdated", reason: expect.stringMatching(/no longer generate the saved case/) });
  writeFileSync(join(dir, name), JSON.stringify({ ...parsed.entry, schemaVersion: 0 }));
  expect(parseCorpusEntry(readFileSync(join(dir, name), "utf8"), name).kind).toBe("outdated");
});
