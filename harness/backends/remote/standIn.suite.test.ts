// @vitest-environment node
/**
 * A whole migration suite, every invariant, through the remote driver
 * (HTTP, admin key, acting as a user, clearAll between runs) against the
 * convex-test stand-in: the container backend's code path, minus the
 * container. Node, not edge-runtime: an HTTP round trip costs half as much
 * there, and fidelity to Convex's runtime is the memory suites' job.
 */
import { afterAll, describe } from "vitest";
import { notesSpec } from "../../testing/notesSpec.js";
import { notesApp } from "../../testing/notesApp.js";
import { invariantTests } from "../../vitest/register/invariants.js";
import { remoteProvider } from "./provider.js";
import { startConvexTestStandIn, type ConvexTestStandIn } from "./testing/convexTestStandIn.js";

// Passed to the suite, not set in the environment: with vitest's module
// isolation off, an environment change would carry over to the next files.
const runs = process.env.HARNESS_RUNS ? undefined : Number(process.env.HARNESS_STANDIN_RUNS ?? "5");

let standIn: Promise<ConvexTestStandIn> | undefined;
const throughHttp = remoteProvider({
  kind: "external",
  connect: async () => {
    const server = await (standIn ??= startConvexTestStandIn(notesApp));
    return { url: server.url, adminKey: server.adminKey };
  },
});
afterAll(async () => (await standIn)?.close());

describe("through the remote driver and the convex-test stand-in", () => {
  invariantTests(notesSpec(), { backends: [throughHttp], file: "harness/backends/remote/standIn.suite.test.ts", project: "memory", runs });
});
