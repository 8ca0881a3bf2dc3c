import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { componentsGeneric, internalMutationGeneric, internalQueryGeneric, defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";
import { beforeAll, describe, expect, test } from "vitest";
import { memoryBackend } from "../backends/memory/provider.js";
import { componentBatchRunner } from "../convex/componentRunner.js";
import { defineApp } from "../model/app.js";
import { componentMigration } from "./migration.js";

/**
 * @convex-dev/migrations 0.2.x (still what apps on convex < 1.35 run) has no
 * `oneBatchOnly` and no `./test` export. It cannot be a devDependency here (its
 * convex peer stops below 1.35), so its published tarball is fetched once into
 * node_modules/.cache and its component registered by hand.
 */
const VERSION = "0.2.9";
const dir = join(process.cwd(), "node_modules", ".cache", "convex-migration-harness", `migrations-${VERSION}`);
const file = (path: string) => join(dir, "package", "dist", "esm", path);

beforeAll(() => {
  if (existsSync(file("client/index.js"))) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync("npm", ["pack", `@convex-dev/migrations@${VERSION}`, "--silent"], { cwd: dir });
  execFileSync("tar", ["xzf", `convex-dev-migrations-${VERSION}.tgz`], { cwd: dir });
}, 120_000);

async function appOn029() {
  const load = (path: string) => () => import(pathToFileURL(file(path)).href);
  const { Migrations } = await load("client/index.js")();
  const componentSchema = (await load("component/schema.js")()).default;
  const components = componentsGeneric() as any;
  const migrations = new Migrations(components.migrations, { internalMutation: internalMutationGeneric });
  const m = {
    forward: migrations.define({ table: "items", migrateOne: (_ctx: unknown, doc: { n: number }) => ({ n: doc.n * 10, done: true }) }),
    runBatch: componentBatchRunner({ internalMutation: internalMutationGeneric as any, component: components.migrations }),
    seed: internalMutationGeneric({ args: { count: v.number() }, handler: async (ctx, { count }) => { for (let n = 1; n <= count; n++) await ctx.db.insert("items", { n }); } }),
    items: internalQueryGeneric({ args: {}, handler: async (ctx) => (await ctx.db.query("items").collect()).map((d: any) => [d.n, d.done ?? false]) }),
  };
  return defineApp({
    schema: defineSchema({ items: defineTable({ n: v.number(), done: v.optional(v.boolean()) }) }),
    modules: { "./_generated/api.js": async () => ({}), "./m.ts": async () => m },
    setupMemory: (t) =>
      t.registerComponent("migrations", componentSchema, {
        "./component/_generated/api.js": load("component/_generated/api.js"),
        "./component/_generated/server.js": load("component/_generated/server.js"),
        "./component/schema.js": load("component/schema.js"),
        "./component/lib.js": load("component/lib.js"),
      }),
  });
}

describe(`componentMigration on @convex-dev/migrations ${VERSION}`, () => {
  test("drives the migration one batch per call through 0.2's own mutation, where the component has no oneBatchOnly", async () => {
    const backend = await memoryBackend().fresh(await appOn029());
    await backend.mutation("m:seed", { count: 5 });
    const driver = componentMigration("m:forward", { runner: "m:runBatch" });
    const batches = [];
    let cursor: string | null = null;
    for (let i = 0; i < 5; i++) {
      const batch = await driver.runBatch(backend, cursor, 2);
      batches.push([batch.processed, batch.isDone]);
      // One batch per call: after the first, only its two documents are migrated.
      if (i === 0) expect(await backend.query("m:items")).toEqual([[10, true], [20, true], [3, false], [4, false], [5, false]]);
      if (batch.isDone) break;
      cursor = batch.continueCursor;
    }
    expect(batches).toEqual([[2, false], [2, false], [1, true]]);
    expect(await backend.query("m:items")).toEqual([10, 20, 30, 40, 50].map((n) => [n, true]));
  }, 60_000);

  test("a migration that throws is still the migration's failure, not a protocol mismatch", async () => {
    const backend = await memoryBackend().fresh(await appOn029());
    const driver = componentMigration("m:forward", { runner: "m:runBatch" });
    await expect(driver.runBatch(backend, "not a cursor", 2)).rejects.toThrow();
    await expect(driver.runBatch(backend, "not a cursor", 2)).rejects.not.toThrow(/oneBatchOnly/);
  }, 60_000);
});
