import { ConvexBackendContainer, type StartedConvexBackendContainer } from "./convexBackendContainer.js";
import { deployApp, type CommandRunner } from "./deploy.js";
import type { TransactionLimits } from "./limits.js";
import { containerStartupTimeoutFromEnv } from "../../model/config.js";

export interface ContainerDeploymentOptions {
  /** The project whose convex/ folder is pushed. */
  projectDir: string;
  /** Deployment environment variables: the app's env (test mode included). */
  env: Record<string, string>;
  limits?: Partial<TransactionLimits>;
  /** Default HARNESS_CONTAINER_STARTUP_TIMEOUT_MS, else the container's default. */
  startupTimeoutMs?: number;
  /** Injected in tests: what starts the backend, and what runs the CLI. */
  container?: { start(): Promise<Pick<StartedConvexBackendContainer, "getUrl" | "getAdminKey" | "getLogTail" | "stop">> };
  runner?: CommandRunner;
}

export interface ContainerDeployment {
  url: string;
  adminKey: string;
  stop(): Promise<void>;
}

/**
 * Starts one backend container and pushes the app to it: what a test run
 * (vitest's globalSetup) or `npm run certify` does once. Whatever fails, the
 * container is stopped and the error carries its log tail.
 *
 * @example
 * const deployment = await startContainerDeployment({ projectDir: process.cwd(), env: app.env });
 * try { await checkMigration(spec, { invariant: "roundTrip", backend: containerBackend(() => deployment) }); }
 * finally { await deployment.stop(); }
 */
export async function startContainerDeployment(options: ContainerDeploymentOptions): Promise<ContainerDeployment> {
  const container = options.container ?? configuredContainer(options);
  const started = await container.start();
  try {
    await deployApp({ url: started.getUrl(), adminKey: started.getAdminKey(), projectDir: options.projectDir, env: options.env, runner: options.runner });
  } catch (error) {
    const tail = started.getLogTail();
    await started.stop().catch(() => undefined);
    throw new Error(`${(error as Error).message}\nContainer log tail:\n${tail}`, { cause: error });
  }
  return {
    url: started.getUrl(),
    adminKey: started.getAdminKey(),
    stop: async () => {
      await started.stop();
    },
  };
}

function configuredContainer(options: ContainerDeploymentOptions): ConvexBackendContainer {
  const container = new ConvexBackendContainer().withTransactionLimits(options.limits ?? {});
  const timeout = options.startupTimeoutMs ?? containerStartupTimeoutFromEnv();
  return timeout === undefined ? container : container.withStartupTimeout(timeout);
}

