import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";
import { defineApp, type ModuleMap } from "../model/app.js";

/**
 * A small app for the harness's own unit tests of spec declaration: tables
 * with a reference and a quarantine, and modules under the names the tests
 * declare functions in. Never run: its modules only exist.
 */
export const stubSchema = defineSchema({
  owners: defineTable({ name: v.string() }),
  things: defineTable({ name: v.string(), token: v.optional(v.string()), ownerId: v.optional(v.id("owners")) }),
  quarantine: defineTable({ table: v.string(), originalId: v.string(), document: v.any(), reason: v.string() }),
});

const stub = async () => ({ forward: {}, rollback: {}, old: {}, new: {}, m: {}, runBatch: {} });
const modules: ModuleMap = {
  "./_generated/api.js": async () => ({}),
  "./m.ts": stub,
  "./t.ts": stub,
  "./progress.ts": stub,
  "./migrations/m.ts": stub,
  "./migrations/demo.ts": stub,
  "./migrations/component.ts": stub,
};

export const stubApp = defineApp({ schema: stubSchema, modules });
