import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { vitestTestRunner } from "./runnerBase.js";
import { inVitestWorker } from "./worker.js";

const here = dirname(fileURLToPath(import.meta.url));

/** Every module a file loads when imported, following static value imports (type-only and dynamic imports load nothing at that point). */
function staticImports(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?["']([^"']+)["']/gm)) {
      if (match[1]) continue;
      const specifier = match[2];
      if (specifier.startsWith(".")) visit(resolve(dirname(file), specifier.replace(/\.js$/, ".ts")));
      else if (!packages.has(specifier)) packages.set(specifier, file);
    }
  };
  visit(entry);
  return { files, packages };
}

describe("the config entry (convex-migration-harness/vitest)", () => {
  test("loads no part of vitest's test API: vitest 3 refuses it in a config file", () => {
    const { files, packages } = staticImports(resolve(here, "index.ts"));
    expect(files.size).toBeGreaterThan(3);
    const runtime = [...packages].filter(([name]) => name === "vitest" || name.startsWith("@vitest/runner"));
    expect(runtime.map(([name, file]) => `${name} from ${file.slice(here.length + 1)}`)).toEqual([]);
  });

  test("migrationSuite still registers tests from inside a worker", () => {
    expect(inVitestWorker()).toBe(true);
    expect(inVitestWorker({})).toBe(false);
  });
});

describe("vitest's runner class, wherever the running vitest keeps it", () => {
  class Runner {}
  const loader = (modules: Record<string, Record<string, unknown>>) => async (specifier: string) => {
    if (!(specifier in modules)) throw new Error(`Cannot find module '${specifier}'`);
    return modules[specifier];
  };

  test("vitest 4 and 5: TestRunner from vitest (vitest 5 has no vitest/runners)", async () => {
    expect(await vitestTestRunner(loader({ vitest: { TestRunner: Runner } }))).toBe(Runner);
  });

  test("vitest 2 and 3: VitestTestRunner from vitest/runners", async () => {
    expect(await vitestTestRunner(loader({ vitest: { describe: () => {} }, "vitest/runners": { VitestTestRunner: Runner } }))).toBe(Runner);
  });

  test("neither: one line naming the supported range", async () => {
    await expect(vitestTestRunner(loader({ vitest: {} }))).rejects.toThrow(/supported: vitest 3\.2 to 5/);
  });

  test("the vitest running here has one", async () => {
    expect(typeof (await vitestTestRunner())).toBe("function");
  });
});
