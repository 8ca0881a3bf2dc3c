import { vitestVersion } from "../engine/replay.js";

/** The Node each vitest major needs, where it needs more than the harness's own floor (Node 20). */
const NODE_FLOOR: Record<number, { node: [number, number]; why: string }> = {
  5: { node: [22, 12], why: "its reporter crashes on the first failing test (Map.groupBy is not a function), so no counterexample would be printed" },
};

/**
 * One line when the running Node cannot run this vitest as the harness
 * needs, else null: said at start-up, before any test runs, never found
 * as a crashed reporter after a failure.
 */
export function nodeProblem(vitest: string | null = vitestVersion(), node: string = process.versions.node): string | null {
  if (vitest === null) return null;
  const floor = NODE_FLOOR[Number(vitest.split(".")[0])];
  if (!floor) return null;
  const [major, minor] = node.split(".").map(Number);
  if (major > floor.node[0] || (major === floor.node[0] && minor >= floor.node[1])) return null;
  return `convex-migration-harness: vitest ${vitest} needs Node ${floor.node.join(".")} or later, and this is Node ${node}: ${floor.why}; run Node 22 or 24, or vitest 4 on Node 20`;
}
