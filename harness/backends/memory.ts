import { convexTest } from "convex-test";
import { makeFunctionReference } from "convex/server";
import type { App } from "../app.js";
import type { Backend, BackendProvider } from "./backend.js";

/**
 * convex-test, in process: a brand-new instance per property run. Fresh
 * instances are cheap (an empty in-memory database) and make runs independent
 * of one another, which shrinking relies on.
 */
export function memoryBackend(): BackendProvider {
  return {
    kind: "memory",
    async unavailable() {
      return null;
    },
    async fresh(app: App): Promise<Backend> {
      // convex-test runs functions in this process, so the app's environment
      // is this process's environment. The values are the same for every run.
      for (const [name, value] of Object.entries(app.env)) process.env[name] = value;
      const t = convexTest(app.schema, app.modules);
      app.setupMemory?.(t);
      const ref = (name: string) => makeFunctionReference<any>(name) as any;
      return {
        kind: "memory",
        query: (name, args = {}) => t.query(ref(name), args),
        mutation: (name, args = {}) => t.mutation(ref(name), args),
        action: (name, args = {}) => t.action(ref(name), args),
        async dispose() {},
      };
    },
  };
}
