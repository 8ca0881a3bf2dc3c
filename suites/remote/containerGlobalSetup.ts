/**
 * globalSetup of the container vitest project: starts ONE Convex backend
 * container for the whole run, pushes the app, and provides its URL and
 * admin key to the suites. Without a container runtime it prints one line
 * saying why and how to run it, and the suites skip.
 */
import type { TestProject } from "vitest/node";
import { containerAvailability, containerSkipLine } from "../../harness/backends/container/availability.js";
import "./provided.js";

export default async function setup(project: TestProject) {
  const reason = await containerAvailability();
  if (reason) {
    console.log(containerSkipLine(reason));
    project.provide("harnessContainer", { unavailable: reason });
    return;
  }
  // Loaded only when a runtime exists: testcontainers, the CLI and the app.
  const { startContainerDeployment } = await import("../../harness/backends/container/deployment.js");
  const { app } = await import("../app.js");
  const started = Date.now();
  const deployment = await startContainerDeployment({ projectDir: project.config.root, env: { ...app.env } });
  console.log(`container backend: ${deployment.url}, app deployed in ${Math.round((Date.now() - started) / 1000)} s`);
  project.provide("harnessContainer", { url: deployment.url, adminKey: deployment.adminKey });
  return async () => {
    await deployment.stop();
  };
}
