// @vitest-environment node
/**
 * End to end: a failing suite prints a replay command; running that command
 * in a shell reproduces the same failure, on the same shrunk dataset.
 */
import { spawnSync } from "node:child_process";
import { expect, test } from "vitest";

const FIXTURE = "suites/fixtures/replay.fixture.ts";

function run(command: string) {
  const child = spawnSync("sh", ["-c", command], {
    encoding: "utf8",
    env: { ...process.env, HARNESS_FIXTURES: "1", HARNESS_REPLAY: "", HARNESS_RUNS: "", FORCE_COLOR: "0", NO_COLOR: "1" },
    timeout: 120_000,
  });
  return { status: child.status, output: `${child.stdout}\n${child.stderr}` };
}

/** The lines between "Counterexample" and the blank line after it. */
function counterexample(output: string): string {
  const match = /Counterexample \(shrunk\):[^\n]*\n((?: {2}.*\n)+)/.exec(output);
  if (!match) throw new Error(`no counterexample in the output:\n${output.slice(0, 3000)}`);
  return match[0];
}

test("the printed replay command reproduces the failure", () => {
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
