/**
 * Wires the chat app (convex/) to the harness. suites/ is the only place that
 * knows both: the harness takes the app's schema and modules as arguments.
 */
import migrationsTest from "@convex-dev/migrations/test";
import schema from "../convex/schema";
import { defineApp } from "../harness/index.js";

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
