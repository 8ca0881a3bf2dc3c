/**
 * globalSetup of a container project (containerProject()): starts ONE
 * Convex backend container for the whole run, pushes the app, and provides
 * its URL and admin key to the spec files. Without a container runtime it
 * prints one line saying why and how to run it, and the spec files skip.
 */
import type { TestProject } from "vitest/node";
import type { App } from "../../model/app.js";
import { PROVIDE_KEY, type ResolvedHarnessOptions } from "../../model/config.js";
import "../register/provided.js";
import { containerAvailability, containerSkipLine } from "../../backends/container/availability.js";

export default async function setup(project: TestProject) {
  const reason = await containerAvailability();
  if (reason) {
    console.log(containerSkipLine(reason));
    project.provide("harnessContainer", { unavailable: reason });
    return;
  }
  const options = (project.config.provide as Record<string, unknown>)[PROVIDE_KEY] as ResolvedHarnessOptions | undefined;
  if (!options?.app) throw new Error("the container project needs the preset's `app` option: the module that calls defineApp, whose env the deployment gets");
  // Loaded only when a runtime exists: testcontainers, the Convex CLI and the app.
  const { startContainerDeployment } = await import("../../backends/container/deployment.js");
  const { app } = (await project.import(`${options.root}/${options.app}`)) as { app?: App };
  if (!app) throw new Error(`${options.app} must export \`app\` (defineApp({ ... }))`);
  const started = Date.now();
  const deployment = await startContainerDeployment({ projectDir: project.config.root, env: { ...app.env } });
  console.log(`container backend: ${deployment.url}, app deployed in ${Math.round((Date.now() - started) / 1000)} s`);
  project.provide("harnessContainer", { url: deployment.url, adminKey: deployment.adminKey });
  return async () => {
    await deployment.stop();
  };
}
