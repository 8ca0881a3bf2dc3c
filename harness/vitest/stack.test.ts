import { describe, expect, test } from "vitest";
import { nodeProblem } from "./stack.js";

describe("the Node a vitest needs", () => {
  test("vitest 5 on Node 20: one line naming both versions and what to run instead", () => {
    const line = nodeProblem("5.1.2", "20.20.2");
    expect(line).toBe(
      "convex-migration-harness: vitest 5.1.2 needs Node 22.12 or later, and this is Node 20.20.2: its reporter crashes on the first failing test (Map.groupBy is not a function), so no counterexample would be printed; run Node 22 or 24, or vitest 4 on Node 20",
    );
    expect(line).not.toContain("\n");
    expect(nodeProblem("5.0.0", "22.11.0")).toContain("needs Node 22.12");
  });

  test("what runs: vitest 5 on Node 22.12 and 24, vitest 3.2 and 4 on Node 20", () => {
    expect(nodeProblem("5.1.2", "22.12.0")).toBeNull();
    expect(nodeProblem("5.1.2", "24.1.0")).toBeNull();
    expect(nodeProblem("4.1.12", "20.20.2")).toBeNull();
    expect(nodeProblem("3.2.7", "20.20.2")).toBeNull();
    expect(nodeProblem(null, "20.20.2")).toBeNull();
  });
});
