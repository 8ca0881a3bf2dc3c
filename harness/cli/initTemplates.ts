/** The files `init` writes, as text. Each is what a user would have written by hand, and is theirs to edit. */

export interface PresetOptions {
  specs: string;
  app: string;
  corpus: string;
  convex: string;
}

export function testingFile(): string {
  return `import { testingFunctions } from "convex-migration-harness/convex";
import { internalMutation, internalQuery } from "./_generated/server";
import schema from "./schema";

// Test-only functions the migration harness seeds, reads and clears the
// database with. They refuse to run unless the deployment has
// CONVEX_HARNESS_TEST_MODE=1, which must never be set where real data lives.
export const { seed, patchDocuments, deleteDocuments, clearAll, readPage, tableNames } = testingFunctions({
  schema,
  internalMutation,
  internalQuery,
});
`;
}

export function appFile(convex: string): string {
  return `import { defineApp } from "convex-migration-harness";
import schema from "${convex}/schema";

// The app under test: its schema, its modules (for convex-test), and the
// environment its functions see in tests.
export const app = defineApp({
  schema,
  modules: import.meta.glob("${convex}/**/*.*s"),
  env: {},
});
`;
}

export function spec(options: { name: string; table: string; convex: string; modulePath: string; rollback: boolean }): string {
  const ref = `internal${options.modulePath.split("/").map((part) => (/^[A-Za-z_$][\w$]*$/.test(part) ? `.${part}` : `[${JSON.stringify(part)}]`)).join("")}`;
  return `import { batchMigration, defineMigration } from "convex-migration-harness";
import { fromSchema } from "convex-migration-harness/generators";
import { internal } from "${options.convex}/_generated/api";
import { app } from "./app";

// ${options.name}: every invariant of the harness, on random datasets of the
// whole schema. Add \`conserves\` (what must not be lost), \`target\` (the
// contract-phase shape), \`readPaths\` and \`appWrites\` as the migration needs.
// Legacy data that never holds the field the migration adds: say so, e.g.
// fromSchema(app.schema, { batchSize: 3, fields: { "table.newField": { presence: 0 } } }).
export default defineMigration(app, {
  name: ${JSON.stringify(options.name)},
  table: ${JSON.stringify(options.table)},
  forward: batchMigration(${ref}.forward),${options.rollback ? `\n  rollback: batchMigration(${ref}.rollback),` : ""}
  dataset: fromSchema(app.schema, { batchSize: 3 }),
  touches: [${JSON.stringify(options.table)}],
});
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

export function workflow(): string {
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
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npx vitest run
  fuzz:
    if: github.event_name == 'schedule'
    runs-on: ubuntu-latest
    timeout-minutes: 45
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npx convex-migration-harness fuzz --time 30m
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: fuzz-reports
          path: reports/fuzz
  certify:
    if: startsWith(github.ref, 'refs/tags/v')
    runs-on: ubuntu-latest
    timeout-minutes: 90
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npx convex-migration-harness certify
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: certificate
          path: reports/certification
`;
}
