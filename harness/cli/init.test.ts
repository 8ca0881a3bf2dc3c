import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
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
    // The fixture's package.json has no "type": "module": the config is .mts.
    for (const file of ["convex/testing.ts", "tests/migrations/app.ts", "tests/migrations/addSlug.migration.ts", "vitest.config.mts", ".github/workflows/migrations.yml"]) {
      expect(said).toContain(`wrote ${file}`);
    }
    const spec = readFileSync(join(root, "tests/migrations/addSlug.migration.ts"), "utf8");
    expect(spec).toContain('table: "posts"');
    expect(spec).toContain("forward: batchMigration(internal.migrations.addSlug.forward)");
    expect(spec).toContain("rollback: batchMigration(internal.migrations.addSlug.rollback)");
    expect(readFileSync(join(root, "vitest.config.mts"), "utf8")).toContain('specs: "tests/migrations/*.migration.ts"');
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
    [{ "package.json": convexProject["package.json"], "convex/schema.ts": "" }, /run `npx convex codegen --system-udfs --typecheck=disable`/],
  ])("in a folder that is not a Convex project (%#) it says what is missing", async (files, message) => {
    await expect(init(project(files as Record<string, string>), "--migration", "migrations/addSlug")).rejects.toThrow(message);
  });

  test("a migration that does not exist, or is not one, is named with the ones found", async () => {
    const root = project(convexProject);
    await expect(init(root, "--migration", "migrations/nope")).rejects.toThrow("no module or migration migrations/nope in the Convex folder; migrations found: migrations/addSlug");
    await expect(init(root)).rejects.toThrow("--migration is required");
    await expect(init(root, "--bogus")).rejects.toThrow("Unknown option '--bogus'");
  });
});

/** Runs init in `root`, returning what it printed and a reader of the files it wrote. */
async function initPrinting(root: string, ...argv: string[]) {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const code = await init(root, ...argv);
  const said = log.mock.calls.map((c) => String(c[0])).join("\n");
  log.mockRestore();
  return { code, said, file: (path: string) => readFileSync(join(root, path), "utf8") };
}

/** An app on @convex-dev/migrations as its docs write one: several defines in one module, the runner of the component's own CLI. */
const componentProject = {
  "package.json": JSON.stringify({ name: "app", type: "module", dependencies: { convex: "1.48.0", "@convex-dev/migrations": "0.3.6" } }),
  "pnpm-lock.yaml": "lockfileVersion: '9.0'\n",
  "convex/schema.ts": "export default {}",
  "convex/convex.config.ts": 'import migrations from "@convex-dev/migrations/convex.config";\nconst app = defineApp();\napp.use(migrations);\nexport default app;\n',
  "convex/_generated/api.js": 'import { anyApi, componentsGeneric } from "convex/server";\nexport const api = anyApi;\nexport const internal = anyApi;\nexport const components = componentsGeneric();\n',
  "convex/migrations.ts": [
    'import { Migrations } from "@convex-dev/migrations";',
    'import { components, internal } from "./_generated/api.js";',
    "export const migrations = new Migrations(components.migrations);",
    "export const run = migrations.runner();",
    "// An old one, kept for the record:",
    "// export const forward = migrations.define({ table: \"old\" });",
    'export const setDefaultDeletedFalse = migrations.define({',
    '  table: "chats",',
    '  migrateOne: async (ctx, doc) => { if (doc.isDeleted === undefined) await ctx.db.patch(doc._id, { isDeleted: false }); },',
    "});",
    "export const runSetDefaultDeletedFalse = migrations.runner(internal.migrations.setDefaultDeletedFalse);",
    "export const addSubchatIndex = migrations.define({",
    '  table: "chatMessagesStorageState",',
    "  migrateOne: async (ctx, doc) => ({ subchatIndex: doc.subchatIndex ?? 0 }),",
    "});",
    "export const addSubchatIndexRollback = migrations.define({",
    '  table: "chatMessagesStorageState",',
    "  migrateOne: async () => ({ subchatIndex: undefined }),",
    "});",
  ].join("\n"),
};

describe("init's testing functions", () => {
  test("a schema without system ids gets the six functions over internalMutation and internalQuery", async () => {
    const { file } = await initPrinting(project(convexProject), "--migration", "migrations/addSlug");
    const testing = file("convex/testing.ts");
    expect(testing).toContain("export const { seed, patchDocuments, deleteDocuments, clearAll, readPage, tableNames } = testingFunctions({");
    expect(testing).not.toContain("internalAction");
  });

  test("a schema with v.id(\"_storage\") and v.id(\"_scheduled_functions\") fields also gets seedStorage (over internalAction) and seedScheduled", async () => {
    const schema = 'export default defineSchema({ files: defineTable({ blob: v.id("_storage"), job: v.optional(v.id("_scheduled_functions")) }) });';
    const { file } = await initPrinting(project({ ...convexProject, "convex/schema.ts": schema }), "--migration", "migrations/addSlug");
    const testing = file("convex/testing.ts");
    expect(testing).toContain('import { internalAction, internalMutation, internalQuery } from "./_generated/server";');
    expect(testing).toContain("export const { seed, patchDocuments, deleteDocuments, clearAll, readPage, tableNames, seedStorage, seedScheduled } = testingFunctions({");
    expect(testing).toMatch(/internalQuery,\n {2}internalAction,\n\}\);/);
  });
});

describe("init on an app built on @convex-dev/migrations", () => {
  test("lists every define of a module, by the name --migration takes, when none or the module is named", async () => {
    const root = project(componentProject);
    await expect(init(root)).rejects.toThrow("migrations found: migrations:setDefaultDeletedFalse, migrations:addSubchatIndex");
    await expect(init(root, "--migration", "migrations")).rejects.toThrow(
      "convex/migrations.ts defines 2 migrations; choose one: --migration migrations:setDefaultDeletedFalse or --migration migrations:addSubchatIndex",
    );
  });

  test.each([["migrations:addSubchatIndex"], ["addSubchatIndex"], ["convex/migrations.ts:addSubchatIndex"]])(
    "--migration %s writes a componentMigration spec, the one-batch runner and the component's registration",
    async (chosen) => {
      const root = project(componentProject);
      const { code, said, file } = await initPrinting(root, "--migration", chosen);
      expect(code).toBe(0);
      expect(said).toContain("wrote convex/migrationRunner.ts");
      expect(said).toContain("wrote tests/migrations/addSubchatIndex.migration.ts");
      const spec = file("tests/migrations/addSubchatIndex.migration.ts");
      expect(spec).toContain('import { componentMigration, defineMigration } from "convex-migration-harness";');
      expect(spec).toContain("const runner = internal.migrationRunner.runBatch;");
      expect(spec).toContain("forward: componentMigration(internal.migrations.addSubchatIndex, { runner }),");
      expect(spec).toContain("rollback: componentMigration(internal.migrations.addSubchatIndexRollback, { runner }),");
      expect(spec).toContain('table: "chatMessagesStorageState"');
      expect(spec).not.toContain("batchMigration");
      const runner = file("convex/migrationRunner.ts");
      expect(runner).toContain('import { componentBatchRunner } from "convex-migration-harness/convex";');
      expect(runner).toContain('import { migrations } from "./migrations";');
      expect(runner).toContain("export const runBatch = componentBatchRunner({ internalMutation, component: migrations.component });");
      const app = file("tests/migrations/app.ts");
      expect(app).toContain('import migrationsTest from "@convex-dev/migrations/test";');
      expect(app).toContain('setupMemory: (t) => migrationsTest.register(t, "migrations"),');
    },
  );

  test("a component without the ./test entry (0.2.x) is registered from its shipped sources", async () => {
    const root = project({
      ...componentProject,
      "node_modules/@convex-dev/migrations/package.json": JSON.stringify({ name: "@convex-dev/migrations", version: "0.2.9", exports: { ".": "./dist/index.js" } }),
    });
    const { file } = await initPrinting(root, "--migration", "migrations:addSubchatIndex");
    const app = file("tests/migrations/app.ts");
    expect(app).toContain('import migrationsSchema from "../../node_modules/@convex-dev/migrations/src/component/schema";');
    expect(app).toContain('setupMemory: (t) => t.registerComponent("migrations", migrationsSchema, import.meta.glob("../../node_modules/@convex-dev/migrations/src/component/**/*.ts")),');
    expect(app).not.toContain("@convex-dev/migrations/test");
  });

  test("an app file that exists is kept, and init prints the registration to add", async () => {
    const root = project({ ...componentProject, "tests/migrations/app.ts": "// mine" });
    const { said, file } = await initPrinting(root, "--migration", "migrations:addSubchatIndex");
    expect(file("tests/migrations/app.ts")).toBe("// mine");
    expect(said).toContain('Register the migrations component in tests/migrations/app.ts (convex-test cannot read convex.config.ts):\n  import migrationsTest from "@convex-dev/migrations/test";\n  setupMemory: (t) => migrationsTest.register(t, "migrations"),');
  });

  test("a second init over its own files finds the runner it wrote and asks for nothing more", async () => {
    const root = project(componentProject);
    await initPrinting(root, "--migration", "migrations:addSubchatIndex");
    const { said, file } = await initPrinting(root, "--migration", "migrations:setDefaultDeletedFalse");
    expect(said).not.toContain("Register the migrations component");
    expect(said).not.toContain("migrationRunner.ts");
    expect(file("tests/migrations/setDefaultDeletedFalse.migration.ts")).toContain("const runner = internal.migrationRunner.runBatch;");
  });

  test("a module whose forward and rollback are defines is a component migration, not a batch one", async () => {
    // As the reference app lays it out: the instance and runner in one module, each migration's two directions in its own.
    const { "convex/migrations.ts": _chefShaped, ...app } = componentProject;
    const root = project({
      ...app,
      "convex/migrations/component.ts": [
        "export const migrations = new Migrations<DataModel>(components.migrations, { internalMutation });",
        "export const runBatch = componentBatchRunner({ internalMutation, component: components.migrations });",
      ].join("\n"),
      "convex/migrations/backfillDefaults.ts": [
        'import { migrations } from "./component";',
        'export const forward = migrations.define({ table: "userSettings", migrateOne: backfillOne });',
        'export const rollback = migrations.define({ table: "userSettings", migrateOne: unbackfillOne });',
      ].join("\n"),
    });
    const { said, file } = await initPrinting(root, "--migration", "migrations/backfillDefaults");
    expect(said).not.toContain("migrationRunner.ts");
    const spec = file("tests/migrations/backfillDefaults.migration.ts");
    expect(spec).toContain("const runner = internal.migrations.component.runBatch;");
    expect(spec).toContain("forward: componentMigration(internal.migrations.backfillDefaults.forward, { runner }),");
    expect(spec).toContain("rollback: componentMigration(internal.migrations.backfillDefaults.rollback, { runner }),");
    expect(spec).toContain('table: "userSettings"');
  });

  test("a define with no rollback beside it gets a spec without one, and says so", async () => {
    const root = project(componentProject);
    const { file } = await initPrinting(root, "--migration", "migrations:setDefaultDeletedFalse");
    const spec = file("tests/migrations/setDefaultDeletedFalse.migration.ts");
    expect(spec).toContain("forward: componentMigration(internal.migrations.setDefaultDeletedFalse, { runner }),");
    expect(spec).toContain("// No rollback found for setDefaultDeletedFalse: export one beside it (setDefaultDeletedFalseRollback) and add");
    expect(spec).toContain("// `rollback: componentMigration(internal.migrations.setDefaultDeletedFalseRollback, { runner })`");
    expect(spec).not.toMatch(/^\s+rollback:/m);
    expect(spec).toContain('table: "chats"');
  });

  test("an export that is not a migration, or a name that is ambiguous, is refused with the choices", async () => {
    const root = project({ ...componentProject, "convex/more.ts": 'import { migrations } from "./migrations";\nexport const addSubchatIndex = migrations.define({ table: "shares", migrateOne: async () => {} });\n' });
    await expect(init(root, "--migration", "migrations:run")).rejects.toThrow("migrations:run is not a migration (no migrations.define and no `forward` export); migrations found: ");
    await expect(init(root, "--migration", "migrations:addSubchatIndexRollback")).rejects.toThrow(
      "migrations:addSubchatIndexRollback is the rollback of migrations:addSubchatIndex: --migration migrations:addSubchatIndex writes the spec of both",
    );
    await expect(init(root, "--migration", "addSubchatIndex")).rejects.toThrow("addSubchatIndex names 2 migrations: --migration migrations:addSubchatIndex or --migration more:addSubchatIndex");
  });
});

/** A component app whose migrations are re-exported: the module Convex serves them from holds no define itself. */
const reexportProject = {
  "package.json": JSON.stringify({ name: "app", type: "module", dependencies: { convex: "1.48.0" } }),
  "package-lock.json": "{}",
  "convex/schema.ts": "export default {}",
  "convex/_generated/api.js": "export const internal = {};",
  "convex/component.ts": [
    'import { Migrations } from "@convex-dev/migrations";',
    'import { componentBatchRunner } from "convex-migration-harness/convex";',
    "const components = componentsGeneric();",
    "/* The app's component, registered as \"upgrades\" in convex.config.ts. */",
    "export const migrations = new Migrations<DataModel>(components.upgrades, { internalMutation });",
    "export const stepOnce = componentBatchRunner({ internalMutation, component: components.upgrades });",
  ].join("\n"),
  "convex/lib/slugs.ts": 'import { migrations } from "../component";\nexport const backfillSlugs = migrations.define({ table: "posts", migrateOne: async () => {} });\n',
  "convex/lib/handles.ts": 'import { migrations } from "../component";\nconst lower = migrations.define({ table: "authors", migrateOne: async () => {} });\nexport { lower as lowercaseHandles };\n',
  "convex/lib/addSlugBatches.ts": 'export const forward = internalMutation({ handler: async (ctx) => ctx.db.query("posts").paginate() });\nexport const rollback = internalMutation({});\n',
  "convex/migrations.ts": 'export { backfillSlugs } from "./lib/slugs";\nexport * from "./lib/handles.js";\n',
  "convex/addSlug.ts": 'export { forward, rollback } from "./lib/addSlugBatches";\n',
};

describe("init --migration all", () => {
  test("writes one spec per migration found, sharing one runner and app file", async () => {
    const root = project(reexportProject);
    const { said, file } = await initPrinting(root, "--migration", "all");
    for (const name of ["addSlug", "backfillSlugs", "lowercaseHandles"]) expect(said).toContain(`wrote tests/migrations/${name}.migration.ts`);
    expect(file("tests/migrations/addSlug.migration.ts")).toContain("forward: batchMigration(internal.addSlug.forward),");
    expect(file("tests/migrations/backfillSlugs.migration.ts")).toContain("forward: componentMigration(internal.migrations.backfillSlugs, { runner }),");
    expect(file("tests/migrations/app.ts")).toContain('migrationsTest.register(t, "upgrades")');
    expect(said).toContain("vitest run tests/migrations   # every invariant of addSlug, backfillSlugs, lowercaseHandles");
  });

  test("a migration whose table cannot be read is skipped with the command that writes it; --table is for one migration", async () => {
    const root = project({ ...reexportProject, "convex/lib/slugs.ts": 'import { migrations } from "../component";\nexport const backfillSlugs = migrations.define({ table: TABLE, migrateOne: async () => {} });\n' });
    const { said } = await initPrinting(root, "--migration", "all");
    expect(said).toContain("skipped migrations:backfillSlugs: cannot tell which table it pages over (init --migration migrations:backfillSlugs --table <name> writes it)");
    expect(said).toContain("wrote tests/migrations/lowercaseHandles.migration.ts");
    await expect(init(root, "--migration", "all", "--table", "posts")).rejects.toThrow("--table names the table of one migration: pass it with one --migration, not all");
  });
});

describe("init follows re-exports", () => {
  test("migrations re-exported by another module are found there, by the path Convex serves them from", async () => {
    const root = project(reexportProject);
    await expect(init(root)).rejects.toThrow("migrations found: addSlug, migrations:backfillSlugs, migrations:lowercaseHandles");
  });

  test("a re-exported define is driven through the app's own runner, with its table read from the defining module", async () => {
    const root = project(reexportProject);
    const { said, file } = await initPrinting(root, "--migration", "migrations:lowercaseHandles");
    expect(said).not.toContain("migrationRunner.ts");
    const spec = file("tests/migrations/lowercaseHandles.migration.ts");
    expect(spec).toContain("const runner = internal.component.stepOnce;");
    expect(spec).toContain("forward: componentMigration(internal.migrations.lowercaseHandles, { runner }),");
    expect(spec).toContain('table: "authors"');
    expect(file("tests/migrations/app.ts")).toContain('migrationsTest.register(t, "upgrades")');
  });

  test("re-exports through a folder's index, and in a cycle, are followed once", async () => {
    const root = project({
      ...reexportProject,
      "convex/all.ts": 'export * from "./more";\nexport * from "./all";\n',
      "convex/more/index.ts": 'import { migrations } from "../component";\nexport const trimTitles = migrations.define({ table: "posts", migrateOne: async () => {} });\nexport * from "../all";\n',
    });
    await expect(init(root)).rejects.toThrow(/migrations found: .*\ball:trimTitles\b/);
    const { file } = await initPrinting(root, "--migration", "all:trimTitles");
    expect(file("tests/migrations/trimTitles.migration.ts")).toContain("forward: componentMigration(internal.all.trimTitles, { runner }),");
  });

  test("a batch module that re-exports forward and rollback gets a batchMigration spec", async () => {
    const root = project(reexportProject);
    const { file } = await initPrinting(root, "--migration", "addSlug");
    const spec = file("tests/migrations/addSlug.migration.ts");
    expect(spec).toContain("forward: batchMigration(internal.addSlug.forward),");
    expect(spec).toContain("rollback: batchMigration(internal.addSlug.rollback),");
    expect(spec).toContain('table: "posts"');
    expect(file("tests/migrations/app.ts")).not.toContain("setupMemory");
  });
});

describe("init matches the package's module type", () => {
  test("a package without \"type\": \"module\" gets vitest.config.mts, which vite loads as ESM whatever the package says", async () => {
    const root = project({ ...convexProject, "package-lock.json": "{}" });
    const { said, file } = await initPrinting(root, "--migration", "migrations/addSlug");
    expect(said).toContain("wrote vitest.config.mts");
    expect(said).not.toContain("wrote vitest.config.ts");
    expect(file("vitest.config.mts")).toContain('import { migrationHarness } from "convex-migration-harness/vitest";');
  });

  test("an ESM package keeps vitest.config.ts", async () => {
    const root = project({ ...convexProject, "package.json": JSON.stringify({ name: "app", type: "module", dependencies: { convex: "1.48.0" } }) });
    const { said } = await initPrinting(root, "--migration", "migrations/addSlug");
    expect(said).toContain("wrote vitest.config.ts");
  });

  test.each([["vitest.config.ts"], ["vitest.config.cjs"], ["vitest.config.cts"]])(
    "an existing %s that loads as CommonJS is kept, and the user is told to rename it",
    async (config) => {
      const root = project({ ...convexProject, [config]: "module.exports = {}" });
      const { said } = await initPrinting(root, "--migration", "migrations/addSlug");
      expect(said).toContain(`kept ${config}`);
      expect(said).toContain(`${config} loads as CommonJS, and convex-migration-harness/vitest is an ES module: rename it to vitest.config.mts`);
    },
  );
});

describe("init --force over an existing vitest config", () => {
  test("an ESM config is overwritten in place", async () => {
    const root = project({ ...convexProject, "vitest.config.mjs": "export default {}" });
    const { said, file } = await initPrinting(root, "--migration", "migrations/addSlug", "--force");
    expect(said).toContain("wrote vitest.config.mjs");
    expect(file("vitest.config.mjs")).toContain("migrationHarness({");
  });

  test("a config that loads as CommonJS is replaced by vitest.config.mts, and the old one named, since vitest would load it first", async () => {
    const root = project({ ...convexProject, "vitest.config.ts": "module.exports = {}" });
    const { said, file } = await initPrinting(root, "--migration", "migrations/addSlug", "--force");
    expect(said).toContain("wrote vitest.config.mts");
    expect(said).toContain("remove vitest.config.ts: vitest loads it before vitest.config.mts");
    expect(file("vitest.config.ts")).toBe("module.exports = {}");
  });
});

describe("init's codegen advice", () => {
  // What the convex CLI would read from the environment must not decide these tests.
  beforeEach(() => {
    vi.stubEnv("CONVEX_DEPLOYMENT", "");
    vi.stubEnv("CONVEX_SELF_HOSTED_URL", "");
  });
  afterEach(() => vi.unstubAllEnvs());

  test("an app without components gets the codegen that needs no deployment", async () => {
    const { said } = await initPrinting(project(convexProject), "--migration", "migrations/addSlug");
    expect(said).toContain("npx convex codegen --system-udfs --typecheck=disable");
  });

  test("a yarn project runs convex through yarn (Plug'n'Play has no node_modules/.bin for npx)", async () => {
    const { said } = await initPrinting(project({ ...convexProject, "yarn.lock": "__metadata:\n  version: 8\n" }), "--migration", "migrations/addSlug");
    expect(said).toContain("\n  yarn convex codegen --system-udfs --typecheck=disable");
    expect(said).not.toContain("npx ");
  });

  test("an app with components and no deployment is told what keeps `components`, and never --system-udfs", async () => {
    const { said } = await initPrinting(project(componentProject), "--migration", "migrations:addSubchatIndex");
    expect(said).not.toContain("--system-udfs --typecheck");
    // The fixture has pnpm's lock file: convex runs through pnpm, as every command init prints.
    expect(said).toContain("CONVEX_AGENT_MODE=anonymous pnpm exec convex dev --once");
    expect(said.replace(/\s+/g, " ")).toContain("`pnpm exec convex codegen --system-udfs` writes convex/_generated/api without `components`, which breaks the app (do not run it)");
  });

  test.each([["CONVEX_DEPLOYMENT=dev:happy-otter-123"], ["CONVEX_SELF_HOSTED_URL=http://127.0.0.1:3210"]])("an app with a deployment configured (%s) gets plain codegen", async (line) => {
    const root = project({ ...componentProject, ".env.local": `${line}\n` });
    const { said } = await initPrinting(root, "--migration", "migrations:addSubchatIndex");
    expect(said).toMatch(/\n {2}pnpm exec convex codegen {2,}#/);
  });

  test("a _generated/api that lost `components` is named, with how to regenerate it", async () => {
    const root = project({ ...componentProject, "convex/_generated/api.js": "export const api = anyApi;\nexport const internal = anyApi;\n" });
    const { said } = await initPrinting(root, "--migration", "migrations:addSubchatIndex");
    expect(said.replace(/\s+/g, " ")).toContain("convex/_generated/api.js has no `components`, but convex/convex.config.ts uses components");
  });

  test("init never touches convex/_generated", async () => {
    const root = project(componentProject);
    await initPrinting(root, "--migration", "migrations:addSubchatIndex", "--force");
    expect(readFileSync(join(root, "convex/_generated/api.js"), "utf8")).toBe(componentProject["convex/_generated/api.js"]);
  });
});

describe("init's workflow follows the package manager's lock file", () => {
  const workflowOf = async (files: Record<string, string>) => {
    const root = project({ ...convexProject, ...files });
    const { said, file } = await initPrinting(root, "--migration", "migrations/addSlug");
    return { said, text: file(".github/workflows/migrations.yml") };
  };

  test("pnpm-lock.yaml: pnpm's setup, cache, frozen install and pnpm exec", async () => {
    const { said, text } = await workflowOf({ "pnpm-lock.yaml": "lockfileVersion: '9.0'\n" });
    expect(said).toContain("for pnpm (pnpm-lock.yaml)");
    expect(text).toMatch(/^\s+version: 9$/m);
    expect(text).toContain("uses: pnpm/action-setup@v4");
    expect(text).toContain("cache: pnpm");
    expect(text).toContain("run: pnpm install --frozen-lockfile");
    expect(text).toContain("run: pnpm exec vitest run");
    expect(text).toContain("run: pnpm exec convex-migration-harness fuzz --time 30m");
    expect(text).not.toContain("npm ci");
  });

  test("pnpm's version comes from packageManager when package.json names one (action-setup refuses two)", async () => {
    const { text } = await workflowOf({
      "package.json": JSON.stringify({ name: "app", packageManager: "pnpm@10.4.1", dependencies: { convex: "1.48.0" } }),
      "pnpm-lock.yaml": "lockfileVersion: '9.0'\n",
    });
    expect(text).toContain("uses: pnpm/action-setup@v4\n");
    expect(text).not.toMatch(/^\s+version:/m);
  });

  test("yarn.lock (classic): yarn's cache and frozen install", async () => {
    const { text } = await workflowOf({ "yarn.lock": "# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n" });
    expect(text).toContain("cache: yarn");
    expect(text).toContain("run: yarn install --frozen-lockfile");
    expect(text).toContain("run: yarn vitest run");
    expect(text).not.toContain("corepack");
  });

  test("yarn.lock (berry): corepack, then an immutable install", async () => {
    const { text } = await workflowOf({ "yarn.lock": "__metadata:\n  version: 8\n", ".yarnrc.yml": "nodeLinker: node-modules\n" });
    expect(text).toContain("run: corepack enable");
    expect(text).toContain("run: yarn install --immutable");
    expect(text.indexOf("corepack enable")).toBeLessThan(text.indexOf("actions/setup-node"));
  });

  test("package-lock.json: npm ci with npm's cache; no lock file: npm install and no cache (setup-node's cache needs one)", async () => {
    const locked = await workflowOf({ "package-lock.json": "{}" });
    expect(locked.text).toContain("cache: npm");
    expect(locked.text).toContain("run: npm ci");
    expect(locked.text).toContain("run: npx vitest run");
    const unlocked = await workflowOf({});
    expect(unlocked.text).toContain("run: npm install");
    expect(unlocked.text).not.toContain("cache:");
  });
});

describe("init in a package below its repository's root", () => {
  const web = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([path, text]) => [`apps/web/${path}`, text]));

  test("a workspace package: the workflow goes to the repository's .github, runs in the package, installs with the workspace's lock", async () => {
    const root = project({
      ".git/HEAD": "ref: refs/heads/main\n",
      "package.json": JSON.stringify({ name: "monorepo", private: true, packageManager: "pnpm@9.15.0" }),
      "pnpm-lock.yaml": "lockfileVersion: '9.0'\n",
      ...web(convexProject),
    });
    const { said } = await initPrinting(join(root, "apps/web"), "--migration", "migrations/addSlug");
    expect(said).toContain("wrote ../../.github/workflows/migrations.yml for pnpm (pnpm-lock.yaml)");
    const text = readFileSync(join(root, ".github/workflows/migrations.yml"), "utf8");
    expect(text).toContain("working-directory: apps/web");
    expect(text).toContain("path: apps/web/reports/fuzz");
    expect(text).toContain("run: pnpm install --frozen-lockfile");
    expect(text).not.toMatch(/^\s+version:/m);
    expect(text).not.toContain("cache-dependency-path");
  });

  test("a package with its own lock file in a subfolder of the repository: setup-node is told where the lock file is", async () => {
    const root = project({ ".git/HEAD": "ref: refs/heads/main\n", ...web({ ...convexProject, "package-lock.json": "{}" }) });
    await initPrinting(join(root, "apps/web"), "--migration", "migrations/addSlug");
    const text = readFileSync(join(root, ".github/workflows/migrations.yml"), "utf8");
    expect(text).toContain("cache-dependency-path: apps/web/package-lock.json");
    expect(text).toContain("working-directory: apps/web");
    expect(text).toContain("run: npm ci");
  });
});
