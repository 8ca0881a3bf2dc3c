/**
 * The container backend's entry point. Kept out of harness/index.ts on
 * purpose: it loads testcontainers (Node only, ~0.5 s to import), which the
 * memory backend and the edge-runtime tests must never pay for.
 */
export { ConvexBackendContainer, StartedConvexBackendContainer, DEFAULT_STARTUP_TIMEOUT_MS } from "./convexBackendContainer.js";
export { CONVEX_BACKEND_IMAGE, API_PORT, SITE_PORT } from "./image.js";
export { resolveTransactionLimits, CONVEX_DEFAULT_LIMITS, HARNESS_DEFAULT_LIMITS } from "./limits.js";
export type { TransactionLimits } from "./limits.js";
export { deployApp } from "./deploy.js";
export type { DeployOptions, CommandRunner, CommandResult } from "./deploy.js";
export { startContainerDeployment } from "./deployment.js";
export type { ContainerDeployment, ContainerDeploymentOptions } from "./deployment.js";
export { containerAvailability, containerSkipLine, CONTAINER_COMMAND } from "./availability.js";
export { containerBackend } from "./provider.js";
