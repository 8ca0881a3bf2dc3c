/**
 * convex-migration-harness/container: the self-hosted Convex backend in a
 * container (testcontainers). Kept out of the core entry on purpose: it
 * loads testcontainers (Node only, ~0.5 s to import), which the memory
 * backend and the edge-runtime tests must never pay for.
 */
export { containerProject } from "./project.js";
export { containerBackend } from "../../backends/container/provider.js";
export { startContainerDeployment } from "../../backends/container/deployment.js";
export { containerAvailability } from "../../backends/container/availability.js";
export { ConvexBackendContainer } from "../../backends/container/convexBackendContainer.js";
