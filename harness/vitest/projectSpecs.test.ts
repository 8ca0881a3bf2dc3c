import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { resolveHarnessOptions } from "./options.js";
import { fitProject } from "./projectSpecs.js";

const root = mkdtempSync(join(tmpdir(), "harness-projects-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, "tests/migrations"), { recursive: true });
writeFileSync(join(root, "tests/migrations/addSlug.migration.ts"), "");
writeFileSync(join(root, "tests/migrations/legacy.migration.ts"), "");
const options = resolveHarnessOptions({ specs: "tests/migrations/*.migration.ts" }, root);

describe("a vitest project with the preset runs the spec files", () => {
  test("an inline project's own include keeps its files and gains the specs (vitest 5 replaced the root's include with it)", () => {
    const project = { name: "memory", config: { include: ["tests/unit/**/*.test.ts"] } };
    expect(fitProject(project, options, false)).toEqual([]);
    expect(project.config.include).toEqual(["tests/unit/**/*.test.ts", "tests/migrations/*.migration.ts"]);
    fitProject(project, options, false);
    expect(project.config.include).toHaveLength(2);
  });

  test("in a CLI's mode, the spec files only", () => {
    const project = { name: "memory", config: { include: ["tests/unit/**/*.test.ts"] } };
    fitProject(project, options, true);
    expect(project.config.include).toEqual(["tests/migrations/*.migration.ts"]);
  });

  test("in a CLI's mode, a config narrowed to one spec file keeps it (mutate runs one spec file per migration)", () => {
    const project = { name: "memory", config: { include: ["tests/migrations/addSlug.migration.ts"] } };
    fitProject(project, options, true);
    expect(project.config.include).toEqual(["tests/migrations/addSlug.migration.ts"]);
  });

  test("a spec file the project would still not run (its exclude) is a warning naming the file and the project", () => {
    const project = { name: "memory", config: { include: [] as string[] }, matchesTestGlob: (id: string) => !id.endsWith("legacy.migration.ts") };
    expect(fitProject(project, options, false)).toEqual([
      `convex-migration-harness: tests/migrations/legacy.migration.ts matches the harness's specs (tests/migrations/*.migration.ts) but vitest project "memory" would not run it: its exclude, dir or root leave it out`,
    ]);
  });
});
