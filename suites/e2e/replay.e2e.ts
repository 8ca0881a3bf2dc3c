// @vitest-environment node
/**
 * End to end: every way a failure is found prints a command, and running
 * that command, as printed, in a shell reproduces the same failure: a spec
 * file's test, `checkMigration` called with no replay target, fuzz on a
 * fault, the corpus replay of what fuzz saved, certify, and certify's
 * snapshot check.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { afterAll, describe, expect, test } from "vitest";
import { checkMigration } from "convex-migration-harness";
import brokenApiKeys from "../fixtures/brokenApiKeys.migration.js";

const FIXTURE = "suites/fixtures/replay.fixture.ts";
const scratch = mkdtempSync(join(tmpdir(), "replay-e2e-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(command: string, env: Record<string, string> = {}) {
  const child = spawnSync("sh", ["-c", command], {
    encoding: "utf8",
    env: { ...process.env, HARNESS_FIXTURES: "1", HARNESS_REPLAY: "", HARNESS_RUNS: "", HARNESS_SEED: "", FORCE_COLOR: "0", NO_COLOR: "1", ...env },
    timeout: 240_000,
  });
  return { status: child.status, output: `${child.stdout}\n${child.stderr}` };
}

/** The lines between "Counterexample" and the blank line after it. */
function counterexample(output: string): string {
  const match = /Counterexample \(shrunk\):[^\n]*\n((?: {2}.*\n)+)/.exec(output);
  if (!match) throw new Error(`no counterexample in the output:\n${output.slice(0, 3000)}`);
  return match[0];
}

/** The first line of each failure report: "<migration> › <invariant> failed on the <backend> backend". */
function failureHeadline(output: string): string {
  const match = /(\w+ › \w+ failed on the \w+ backend)\n\s+(.*)\n/.exec(output);
  if (!match) throw new Error(`no failure report in the output:\n${output.slice(0, 3000)}`);
  return `${match[1]}: ${match[2]}`;
}

test("a spec file's failure: the printed replay command reproduces it, on the same shrunk dataset", () => {
  const first = run(`npx vitest run --project memory ${FIXTURE}`);
  expect(first.status, first.output).not.toBe(0);
  expect(first.output).toContain("replayFixture › batchIndependent failed on the memory backend");
  const command = /Replay:\n\s+(.+)\n/.exec(first.output)?.[1];
  expect(command, first.output).toMatch(/^HARNESS_FIXTURES=1 HARNESS_REPLAY='replayFixture\.batchIndependent\.memory@-?\d+:[\d:]*' npx vitest run/);

  const replayed = run(command!);
  expect(replayed.status, replayed.output).not.toBe(0);
  expect(replayed.output).toContain("replayFixture › batchIndependent failed on the memory backend");
  // A replay runs the shrunk case once: 1 run, and the same dataset.
  expect(replayed.output).toMatch(/Property failed after 1 run\(s\)/);
  expect(counterexample(replayed.output)).toBe(counterexample(first.output));
}, 240_000);

test("checkMigration with no replay target prints a command that runs the test the spec's own file registers", async () => {
  const result = await checkMigration(brokenApiKeys, { invariant: "batchIndependent", seed: 11, runs: 60 });
  if (result.status !== "failed") throw new Error(`the fixture did not fail: ${result.status}`);
  expect(result.replay).toMatch(/^(HARNESS_FIXTURES=1 )?HARNESS_REPLAY='brokenApiKeys\.batchIndependent\.memory@11:[\d:]*' npx vitest run suites\/fixtures\/brokenApiKeys\.migration\.ts -t '\^brokenApiKeys on memory batchIndependent: /);
  const replayed = run(result.replay);
  expect(replayed.status, replayed.output).not.toBe(0);
  expect(replayed.output).toMatch(/Property failed after 1 run\(s\) and 0 shrink\(s\) \{ seed: 11/);
  expect(failureHeadline(replayed.output)).toBe(`brokenApiKeys › batchIndependent failed on the memory backend: ${result.failure.summary}`);
}, 240_000);

describe("fuzz and the corpus", () => {
  const corpus = join(scratch, "corpus");

  test("fuzz on a fault prints a replay command that reproduces the failure, and saves it to the corpus", () => {
    const fuzz = run(`npm run fuzz --silent -- --time 20s --migration apiKeysToTable_dropsAnthropic --seed 3 --corpus ${corpus}`);
    expect(fuzz.status, fuzz.output).toBe(1);
    const command = /\n\s+replay: (.+)\n/.exec(fuzz.output)?.[1];
    expect(command, fuzz.output).toMatch(/^(HARNESS_FIXTURES=1 )?HARNESS_REPLAY='apiKeysToTable_dropsAnthropic\.conserves\.memory@-?\d+:[\d:]*' npx vitest run --project memory suites\/apiKeysToTable\.migration\.ts -t /);
    const replayed = run(command!);
    expect(replayed.status, replayed.output).not.toBe(0);
    expect(replayed.output).toContain("apiKeysToTable_dropsAnthropic › conserves failed on the memory backend");
    expect(replayed.output).toMatch(/lost its anthropic key/);
    expect(readdirSync(corpus).filter((f) => f.endsWith(".json"))).toHaveLength(1);
  }, 240_000);

  test("the spec file replays the saved failure first, and its printed command replays that entry alone", () => {
    const file = readdirSync(corpus).find((f) => f.endsWith(".json"))!;
    const suite = run(`npx vitest run --project memory suites/apiKeysToTable.migration.ts -t '^apiKeysToTable corpus '`, { HARNESS_CORPUS: corpus });
    expect(suite.status, suite.output).not.toBe(0);
    expect(suite.output).toContain(`Saved failure ${corpus}/${file} still fails`.replace(`${process.cwd()}/`, ""));
    const command = /Replay:\n\s+(.+)\n/.exec(suite.output)?.[1];
    expect(command, suite.output).toMatch(/^npx vitest run --project memory suites\/apiKeysToTable\.migration\.ts -t '\^apiKeysToTable corpus /);
    const replayed = run(command!, { HARNESS_CORPUS: corpus });
    expect(replayed.status, replayed.output).not.toBe(0);
    expect(failureHeadline(replayed.output)).toBe(failureHeadline(suite.output));
  }, 240_000);
});

describe("certify", () => {
  const zip = join(scratch, "export.zip");
  const reports = join(scratch, "reports");

  test("its certificate's replay commands, for a check and for the snapshot, reproduce each failure", () => {
    writeFileSync(zip, settingsExport());
    const certify = run(`npm run certify --silent -- --migration brokenApiKeys --runs 10 --coverage-runs 20 --min-coverage 1 --seed 5 --corpus none --snapshot ${zip}`, { HARNESS_REPORTS: reports });
    expect(certify.status, certify.output).toBe(1);
    expect(certify.output).toContain("Certification FAILED");
    const dir = /Certificate: (.+)\/certificate\.html/.exec(certify.output)![1];
    const cert = JSON.parse(readFileSync(join(dir.startsWith("/") ? dir : join(process.cwd(), dir), "certificate.json"), "utf8"));
    const failed = cert.results.find((r: { status: string; invariant: string }) => r.status === "failed" && r.invariant === "batchIndependent");
    expect(failed.replay).toMatch(/^HARNESS_FIXTURES=1 HARNESS_REPLAY='brokenApiKeys\.batchIndependent\.memory@/);
    const replayed = run(failed.replay);
    expect(replayed.status, replayed.output).not.toBe(0);
    expect(failureHeadline(replayed.output)).toBe(`brokenApiKeys › batchIndependent failed on the memory backend: ${failed.failure.summary}`);

    const onSnapshot = cert.snapshot.results.find((r: { status: string }) => r.status === "failed");
    expect(onSnapshot.replay).toBe(`HARNESS_SEED=5 npm run certify -- --snapshot ${zip} --migration brokenApiKeys`);
    const again = run(`${onSnapshot.replay} --runs 1 --coverage-runs 20 --min-coverage 1 --corpus none`, { HARNESS_REPORTS: reports });
    expect(again.status, again.output).toBe(1);
    expect(again.output).toContain(`brokenApiKeys › ${onSnapshot.invariant} failed on the memory backend`);
    expect(again.output).toContain(onSnapshot.failure.summary);
  }, 480_000);
});

/** An export (`npx convex export` layout) with five users whose keys are still in legacy fields: two pages at batch size 3. */
function settingsExport(): Uint8Array {
  const jsonl = (docs: unknown[]) => strToU8(docs.map((d) => JSON.stringify(d)).join("\n") + "\n");
  const users = Array.from({ length: 5 }, (_, i) => ({ _id: `jd7${i}user000000000000000000000000${i}`, _creationTime: 1700000000000 + i, name: `User ${i}`, email: `u${i}@example.com` }));
  const settings = users.map((u, i) => ({ _id: `kx8${i}sett000000000000000000000000${i}`, _creationTime: 1700000001000 + i, userId: u._id, anthropicKey: `anthropic-key-${i}` }));
  return zipSync({
    "_tables/documents.jsonl": jsonl([{ name: "users", id: 10001 }, { name: "userSettings", id: 10002 }]),
    "users/documents.jsonl": jsonl(users),
    "userSettings/documents.jsonl": jsonl(settings),
  });
}
