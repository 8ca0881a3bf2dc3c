/** The files `init` writes, as text. Each is what a user would have written by hand, and is theirs to edit. */
import type { PackageManager } from "./initProject.js";

export interface PresetOptions {
  specs: string;
  app: string;
  corpus: string;
  convex: string;
}

/**
 * convex/testing.ts. With `systemIds` (the schema holds `v.id("_storage")` or
 * `v.id("_scheduled_functions")` fields) it also exports the functions that
 * create the files and scheduled calls datasets reference; only an action
 * can store a file, hence `internalAction`.
 */
export function testingFile(systemIds = false): string {
  const action = systemIds ? "internalAction, " : "";
  const exports = systemIds ? ", seedStorage, seedScheduled" : "";
  return `import { testingFunctions } from "convex-migration-harness/convex";
import { ${action}internalMutation, internalQuery } from "./_generated/server";
import schema from "./schema";

// Test-only functions the migration harness seeds, reads and clears the
// database with. They refuse to run unless the deployment has
// CONVEX_HARNESS_TEST_MODE=1, which must never be set where real data lives.
export const { seed, patchDocuments, deleteDocuments, clearAll, readPage, tableNames${exports} } = testingFunctions({
  schema,
  internalMutation,
  internalQuery,${systemIds ? "\n  internalAction," : ""}
});
`;
}

/**
 * How the app file registers the @convex-dev/migrations component on the
 * memory backend: through the package's `./test` entry (0.3 and later), or,
 * for a version without one, from its shipped sources (`sources`: the
 * package's folder, relative to the app file).
 */
export interface ComponentRegistration {
  name: string;
  sources?: string;
}

/** The import and the `setupMemory` option that register the component on the memory backend. */
export function registration(component: ComponentRegistration): { importLine: string; setupMemory: string } {
  if (component.sources === undefined) {
    return { importLine: `import migrationsTest from "@convex-dev/migrations/test";`, setupMemory: `setupMemory: (t) => migrationsTest.register(t, ${JSON.stringify(component.name)}),` };
  }
  return {
    importLine: `import migrationsSchema from "${component.sources}/src/component/schema";`,
    setupMemory: `setupMemory: (t) => t.registerComponent(${JSON.stringify(component.name)}, migrationsSchema, import.meta.glob("${component.sources}/src/component/**/*.ts")),`,
  };
}

export function appFile(convex: string, component?: ComponentRegistration): string {
  const registered = component && registration(component);
  const register = registered === undefined ? "" : `
  // convex-test cannot read convex.config.ts: the @convex-dev/migrations
  // component is registered on every fresh backend, under the app's name for it.
  ${registered.setupMemory}`;
  return `${registered === undefined ? "" : `${registered.importLine}\n`}import { defineApp } from "convex-migration-harness";
import schema from "${convex}/schema";

// The app under test: its schema, its modules (for convex-test), and the
// environment its functions see in tests.
export const app = defineApp({
  schema,
  modules: import.meta.glob("${convex}/**/*.*s"),
  env: {},${register}
});
`;
}

/** A migration the spec drives: its functions as `module:export` paths, and the runner of a component migration. */
export interface SpecMigration {
  name: string;
  table: string;
  convex: string;
  forward: string;
  rollback?: string;
  /** `module:export` of the app's one-batch runner: the migration is a @convex-dev/migrations one. */
  runner?: string;
}

/** `internal.a.b.c` for the Convex function `a/b:c`. */
export function internalRef(path: string): string {
  const [module, name] = path.split(":");
  return `internal${[...module.split("/"), name].map((part) => (/^[A-Za-z_$][\w$]*$/.test(part) ? `.${part}` : `[${JSON.stringify(part)}]`)).join("")}`;
}

/** The export a rollback would go by, as init looks for it: `rollback` beside `forward`, `<name>Rollback` beside a define. */
function rollbackName(forward: string): string {
  const name = forward.split(":")[1];
  return name === "forward" ? "rollback" : `${name}Rollback`;
}

export function spec(options: SpecMigration): string {
  const driver = options.runner === undefined ? "batchMigration" : "componentMigration";
  const drive = (path: string) => (options.runner === undefined ? `batchMigration(${internalRef(path)})` : `componentMigration(${internalRef(path)}, { runner })`);
  const rollback = options.rollback !== undefined
    ? `\n  rollback: ${drive(options.rollback)},`
    : `\n  // No rollback found for ${options.name}: export one beside it (${rollbackName(options.forward)}) and add\n  // \`rollback: ${drive(`${options.forward.split(":")[0]}:${rollbackName(options.forward)}`)}\`; the round trip then runs too.`;
  return `import { ${driver}, defineMigration } from "convex-migration-harness";
import { fromSchema } from "convex-migration-harness/generators";
import { internal } from "${options.convex}/_generated/api";
import { app } from "./app";
${options.runner === undefined ? "" : `
// One batch of a @convex-dev/migrations migration per call, each its own transaction.
const runner = ${internalRef(options.runner)};
`}
// ${options.name}: every invariant of the harness, on random datasets of the
// whole schema. Add \`conserves\` (what must not be lost), \`target\` (the
// contract-phase shape), \`readPaths\` and \`appWrites\` as the migration needs.
// Legacy data that never holds the field the migration adds: say so, e.g.
// fromSchema(app.schema, { batchSize: 3, fields: { "table.newField": { presence: 0 } } }).
export default defineMigration(app, {
  name: ${JSON.stringify(options.name)},
  table: ${JSON.stringify(options.table)},
  forward: ${drive(options.forward)},${rollback}
  dataset: fromSchema(app.schema, { batchSize: 3 }),
  touches: [${JSON.stringify(options.table)}],
});
`;
}

/**
 * The one-batch runner of a component migration. Built on the app's own
 * Migrations instance when it exports one (the component it was given,
 * whatever _generated holds), else on `components.<name>`.
 */
export function runnerFile(source: { instance: { module: string; name: string } } | { component: string }, runnerModule: string): string {
  const up = "../".repeat(runnerModule.split("/").length - 1) || "./";
  const [importLine, component] = "instance" in source
    ? [`import { ${source.instance.name} } from "${up}${source.instance.module}";`, `${source.instance.name}.component`]
    : [`import { components } from "${up}_generated/api";`, `components.${source.component}`];
  return `import { componentBatchRunner } from "convex-migration-harness/convex";
import { internalMutation } from "${up}_generated/server";
${importLine}

// Runs exactly one batch of a @convex-dev/migrations migration through the
// component, in one transaction, and answers in the batch protocol's shape:
// the migration harness steps through a migration with it (so can an operator).
export const runBatch = componentBatchRunner({ internalMutation, component: ${component} });
`;
}

export function vitestSnippet(options: PresetOptions): string {
  return `import { migrationHarness } from "convex-migration-harness/vitest";

  plugins: [
    migrationHarness({
      specs: ${JSON.stringify(options.specs)},
      app: ${JSON.stringify(options.app)},
      corpus: ${JSON.stringify(options.corpus)},
      convex: ${JSON.stringify(options.convex)},
    }),
  ],
`;
}

export function vitestConfig(options: PresetOptions): string {
  return `import { defineConfig } from "vitest/config";
import { migrationHarness } from "convex-migration-harness/vitest";

// The harness's preset turns every spec file into tests (environment,
// convex-test inlining, runner and corpus order come with it).
export default defineConfig({
  plugins: [
    migrationHarness({
      specs: ${JSON.stringify(options.specs)},
      app: ${JSON.stringify(options.app)},
      corpus: ${JSON.stringify(options.corpus)},
      convex: ${JSON.stringify(options.convex)},
    }),
  ],
});
`;
}

/** How a workflow installs and runs with the project's package manager. */
function ciSteps(pm: PackageManager): { setup: string; install: string; exec: string } {
  // setup-node looks for the lock file at the repository's root unless told.
  const lockPath = pm.lockFile?.includes("/") ? `\n          cache-dependency-path: ${pm.lockFile}` : "";
  const node = (cache?: string) => `      - uses: actions/setup-node@v4
        with:
          node-version: 20${cache ? `\n          cache: ${cache}${lockPath}` : ""}
`;
  switch (pm.name) {
    case "pnpm":
      // pnpm/action-setup reads the version from packageManager when package.json names one.
      return {
        setup: `      - uses: pnpm/action-setup@v4\n${pm.version === undefined ? "" : `        with:\n          version: ${pm.version}\n`}${node("pnpm")}`,
        install: "pnpm install --frozen-lockfile",
        exec: "pnpm exec",
      };
    case "yarn":
      // Yarn 2+ comes through corepack, which must be on before setup-node asks yarn for its cache.
      return { setup: `${pm.berry ? "      - run: corepack enable\n" : ""}${node("yarn")}`, install: pm.berry ? "yarn install --immutable" : "yarn install --frozen-lockfile", exec: "yarn" };
    case "npm":
      // setup-node's cache and npm ci both need a lock file.
      return pm.lockFile ? { setup: node("npm"), install: "npm ci", exec: "npx" } : { setup: node(), install: "npm install", exec: "npx" };
  }
}

export function workflow(pm: PackageManager): string {
  const { setup, install, exec } = ciSteps(pm);
  const steps = `      - uses: actions/checkout@v4
${setup}      - run: ${install}
`;
  // In a package below the repository's root, every run step runs there; artifact paths are the repository's.
  const where = pm.workingDirectory ? `    defaults:\n      run:\n        working-directory: ${pm.workingDirectory}\n` : "";
  const reports = pm.workingDirectory ? `${pm.workingDirectory}/reports` : "reports";
  return `# Migration tests: every pull request runs the suites (the saved failures
# first); every night fuzzes for new ones; a release tag certifies.
name: Migrations

on:
  pull_request:
  push:
    branches: [main]
    tags: ["v*"]
  schedule:
    - cron: "17 3 * * *"

permissions:
  contents: read

jobs:
  test:
    if: github.event_name != 'schedule'
    runs-on: ubuntu-latest
    timeout-minutes: 30
${where}    steps:
${steps}      - run: ${exec} vitest run
  fuzz:
    if: github.event_name == 'schedule'
    runs-on: ubuntu-latest
    timeout-minutes: 45
${where}    steps:
${steps}      - run: ${exec} convex-migration-harness fuzz --time 30m
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: fuzz-reports
          path: ${reports}/fuzz
  certify:
    if: startsWith(github.ref, 'refs/tags/v')
    runs-on: ubuntu-latest
    timeout-minutes: 90
${where}    steps:
${steps}      - run: ${exec} convex-migration-harness certify
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: certificate
          path: ${reports}/certification
`;
}
