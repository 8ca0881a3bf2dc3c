import migrationsTest from "@convex-dev/migrations/test";
import { defineApp } from "convex-migration-harness";
import schema from "./convex/schema";

export const app = defineApp({
  schema,
  modules: import.meta.glob("./convex/**/*.*s"),
  // Every migration records what it did in the ledger and what it could not do in issues.
  bookkeeping: ["ledger", "issues"],
  // convex-test cannot read convex.config.ts: the component is registered on every fresh backend.
  setupMemory: (t) => migrationsTest.register(t, "migrations"),
});
