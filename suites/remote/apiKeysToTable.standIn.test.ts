// @vitest-environment node
/**
 * apiKeysToTable's whole suite, every invariant, through the remote driver
 * (HTTP, admin key, clearAll between runs) against the convex-test stand-in:
 * the container backend's code path, minus the container. Fewer runs than
 * the memory suite, like the container project. Node, not edge-runtime: an
 * HTTP round trip costs half as much there, and the app's fidelity to
 * Convex's runtime is the memory suite's job, not this one's.
 */
import { afterAll, describe } from "vitest";
import { remoteProvider } from "../../harness/backends/remote/provider.js";
import { startConvexTestStandIn, type ConvexTestStandIn } from "../../harness/backends/remote/testing/convexTestStandIn.js";
import { migrationSuite } from "../../harness/index.js";
import { apiKeysToTableSpec } from "../apiKeysToTable.spec.js";
import { app } from "../app.js";

// Passed to the suite, not set in the environment: with vitest's module
// isolation off, an environment change would carry over to the next files.
const runs = process.env.HARNESS_RUNS ? undefined : Number(process.env.HARNESS_STANDIN_RUNS ?? "5");

let standIn: Promise<ConvexTestStandIn> | undefined;
const throughHttp = remoteProvider({
  kind: "external",
  connect: async () => {
    const server = await (standIn ??= startConvexTestStandIn(app));
    return { url: server.url, adminKey: server.adminKey };
  },
});
afterAll(async () => (await standIn)?.close());

describe("through the remote driver and the convex-test stand-in", () => {
  migrationSuite(app, apiKeysToTableSpec(), { backends: [throughHttp], file: "suites/remote/apiKeysToTable.standIn.test.ts", project: "memory", runs });
});
