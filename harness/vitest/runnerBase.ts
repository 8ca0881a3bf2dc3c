import type { TestRunner } from "vitest";

/**
 * vitest's own test runner class, wherever the running vitest keeps it:
 * vitest 4 and 5 export `TestRunner` from "vitest"; vitest 2 and 3 call it
 * `VitestTestRunner` and export it from "vitest/runners", which vitest 5
 * removed. Chosen when the runner module loads, so one build of the
 * package runs on each.
 */
export async function vitestTestRunner(load: (specifier: string) => Promise<Record<string, unknown>> = (s) => import(/* @vite-ignore */ s)): Promise<typeof TestRunner> {
  const main = await load("vitest");
  if (typeof main.TestRunner === "function") return main.TestRunner as typeof TestRunner;
  const runners = await load("vitest/runners").catch(() => ({}) as Record<string, unknown>);
  if (typeof runners.VitestTestRunner === "function") return runners.VitestTestRunner as typeof TestRunner;
  throw new Error("convex-migration-harness: this vitest has neither `TestRunner` (vitest 4, 5) nor `VitestTestRunner` in vitest/runners (vitest 2, 3); supported: vitest 3.2 to 5");
}
