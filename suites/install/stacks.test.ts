import { describe, expect, test } from "vitest";
import { stackTable } from "./results.js";
import { chosenStacks, stacks } from "./stacks.js";

const repo = process.cwd();

describe("the install test's stacks", () => {
  test("three: the pinned one, the oldest supported, today's newest", () => {
    expect(stacks(repo).map((s) => s.name)).toEqual(["pinned", "oldest", "newest"]);
  });

  test("CI's stacks are pinned: no 'latest' in the pinned or the oldest, and the pinned ones are the lock file's", () => {
    const [pinned, oldest] = chosenStacks(repo, "pinned,oldest");
    for (const stack of [pinned, oldest]) for (const version of Object.values(stack.packages)) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(oldest.node).toMatch(/^20\./);
    expect(oldest.packages.vitest).toMatch(/^3\.2\./);
    expect(oldest.packages["convex-test"]).toBe("0.0.41");
    expect(oldest.packages["@convex-dev/migrations"]).toMatch(/^0\.2\./);
  });

  test("the newest is unpinned, on Node 22", () => {
    const [newest] = chosenStacks(repo, "newest");
    expect(newest.node).toBe("22");
    expect(new Set(Object.values(newest.packages))).toEqual(new Set(["latest"]));
  });

  test("an unknown stack name is one line naming the known ones", () => {
    expect(() => chosenStacks(repo, "pinned,tomorrow")).toThrow("INSTALL_STACKS names tomorrow; known: pinned, oldest, newest");
  });

  test("the table has a row per stack and a cell per step, a step that did not run said so", () => {
    const table = stackTable({
      oldest: { about: "", versions: { node: "20.20.2", vitest: "3.2.7" }, steps: { install: { passed: true, detail: "" }, "specs pass": { passed: false, detail: "x" } } },
    });
    expect(table.split("\n")).toEqual([
      "| stack | versions | install | specs pass | broken caught | replay reproduces | fuzz | certify |",
      "|---|---|---|---|---|---|---|---|",
      "| oldest | node 20.20.2, vitest 3.2.7 | pass | FAIL | not run | not run | not run | not run |",
    ]);
  });
});
