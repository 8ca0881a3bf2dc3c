// @vitest-environment node
/**
 * End to end: a suite stuck where no deadline can reach it (a loop that
 * never yields) does not keep certify from ending, and certify writes its
 * certificate, FAILED, naming the suite and the test that was running.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";

const reports = mkdtempSync(join(tmpdir(), "budget-e2e-"));
afterAll(() => rmSync(reports, { recursive: true, force: true }));

test("certify stops a stuck suite at its budget and still writes a FAILED certificate that names it", () => {
  const started = Date.now();
  const child = spawnSync("sh", ["-c", "npm run certify --silent -- --migration spinning --runs 3 --coverage-runs 20 --min-coverage 1 --corpus none --time 25s"], {
    encoding: "utf8",
    env: { ...process.env, HARNESS_SPINNING: "1", HARNESS_REPORTS: reports, HARNESS_RUNS: "", HARNESS_SEED: "", FORCE_COLOR: "0", NO_COLOR: "1" },
    timeout: 180_000,
  });
  const seconds = (Date.now() - started) / 1000;
  const output = `${child.stdout}\n${child.stderr}`;
  expect(child.status, output).toBe(1);
  expect(output).toContain("Certification FAILED");
  const dir = /Certificate: (.+)\/certificate\.html/.exec(output)![1];
  const cert = JSON.parse(readFileSync(join(dir, "certificate.json"), "utf8"));
  expect(cert.verdict).toBe("FAILED");
  expect(cert.reasons.join("\n"), output).toMatch(/stopped at its budget \(25s\): suites\/fixtures\/spinning\.migration\.ts \(at spinning on memory > \w+: .+\) did not finish/);
  console.log(`certify reported a stuck suite ${seconds.toFixed(1)} s after it started (budget 25 s)`);
}, 180_000);
