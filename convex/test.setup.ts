/// <reference types="vite/client" />
import { convexTest } from "convex-test";
import schema from "./schema";

/**
 * convex-test needs the modules globbed from inside convex/, keyed "./x.ts".
 * The two dots in this file's name keep `convex deploy` from bundling it
 * (import.meta.glob exists only under vite).
 */
export const modules = import.meta.glob("./**/*.*s");

export const TEST_ENCRYPTION_KEY = "convex-unit-test-encryption-key";

/** A fresh in-memory backend with the app's key and test mode set. */
export function setupTest() {
  process.env.API_KEY_ENCRYPTION_KEY = TEST_ENCRYPTION_KEY;
  process.env.CONVEX_HARNESS_TEST_MODE = "1";
  return convexTest(schema, modules);
}
