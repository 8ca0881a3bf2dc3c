/**
 * Wires the chat app (convex/) to the harness: its schema, its modules and
 * the environment its functions see. vitest.config.ts names this file as
 * the preset's `app`, so this environment is set before any of the app's
 * modules loads.
 */
import migrationsTest from "@convex-dev/migrations/test";
import { defineApp } from "convex-migration-harness";
import schema from "../convex/schema";

/** A per-test key: the app encrypts with it, the suites' views decrypt with it. */
export const TEST_ENCRYPTION_KEY = "harness-test-encryption-key";

export const app = defineApp({
  schema,
  modules: import.meta.glob("../convex/**/*.*s"),
  env: { API_KEY_ENCRYPTION_KEY: TEST_ENCRYPTION_KEY },
  // convex-test cannot read convex.config.ts: the migrations component that
  // dropSaveRegenerationHistory and backfillImageGenerationDefaults run on is
  // registered on every fresh backend, under the name convex.config.ts uses.
  setupMemory: (t) => migrationsTest.register(t, "migrations"),
});
