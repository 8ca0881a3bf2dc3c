import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { initMain } from "./init.js";

const roots: string[] = [];
afterEach(() => {
  roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true }));
  vi.restoreAllMocks();
});

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "init-"));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const convexProject = {
  "package.json": JSON.stringify({ name: "app", dependencies: { convex: "1.48.0" } }),
  "convex/schema.ts": "export default {}",
  "convex/_generated/api.d.ts": "",
  "convex/migrations/addSlug.ts": 'export const forward = x; export const rollback = y; ctx.db.query("posts").paginate()',
};

const init = (root: string, ...argv: string[]) => initMain(argv, "npx convex-migration-harness init", root);

describe("init", () => {
  test("writes the testing functions, the app, one spec, the vitest preset and a workflow, and says so", async () => {
    const root = project(convexProject);
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    expect(await init(root, "--migration", "migrations/addSlug")).toBe(0);
    const said = log.mock.calls.map((c) => String(c[0])).join("\n");
    for (const file of ["convex/testing.ts", "tests/migrations/app.ts", "tests/migrations/addSlug.migration.ts", "vitest.config.ts", ".github/workflows/migrations.yml"]) {
      expect(said).toContain(`wrote ${file}`);
    }
    const spec = readFileSync(join(root, "tests/migrations/addSlug.migration.ts"), "utf8");
    expect(spec).toContain('table: "posts"');
    expect(spec).toContain("forward: batchMigration(internal.migrations.addSlug.forward)");
    expect(spec).toContain("rollback: batchMigration(internal.migrations.addSlug.rollback)");
    expect(readFileSync(join(root, "vitest.config.ts"), "utf8")).toContain('specs: "tests/migrations/*.migration.ts"');
  });

  test("never overwrites a file without --force, and prints what to add to an existing vitest config", async () => {
    const root = project({ ...convexProject, "vitest.config.ts": "export default {}", "convex/testing.ts": "// mine" });
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await init(root, "--migration", "migrations/addSlug");
    const said = log.mock.calls.map((c) => String(c[0])).join("\n");
    expect(said).toContain("kept convex/testing.ts (exists; --force overwrites it)");
    expect(said).toContain("kept vitest.config.ts");
    expect(said).toContain("Add the harness's preset to vitest.config.ts");
    expect(said).toContain("migrationHarness({");
    expect(readFileSync(join(root, "convex/testing.ts"), "utf8")).toBe("// mine");
    expect(readFileSync(join(root, "vitest.config.ts"), "utf8")).toBe("export default {}");
  });

  test.each([
    [{}, /no package\.json/],
    [{ "package.json": "{}" }, /does not depend on convex: this is not a Convex project/],
    [{ "package.json": convexProject["package.json"] }, /no schema in convex\//],
    [{ "package.json": convexProject["package.json"], "convex/schema.ts": "" }, /run `npx convex codegen`/],
  ])("in a folder that is not a Convex project (%#) it says what is missing", async (files, message) => {
    await expect(init(project(files as Record<string, string>), "--migration", "migrations/addSlug")).rejects.toThrow(message);
  });

  test("a migration that does not exist, or is not one, is named with the ones found", async () => {
    const root = project(convexProject);
    await expect(init(root, "--migration", "migrations/nope")).rejects.toThrow("no module migrations/nope in the Convex folder; migration modules found: migrations/addSlug");
    await expect(init(root)).rejects.toThrow("--migration is required");
    await expect(init(root, "--bogus")).rejects.toThrow("Unknown option '--bogus'");
  });
});
