import { inject } from "vitest";
import type { BackendProvider } from "../../backends/backend.js";
import { containerBackend } from "../../backends/container/provider.js";
import type { ConnectionResult } from "../../backends/remote/provider.js";

/**
 * The backend of the vitest project running this file: the container
 * project's globalSetup provides its deployment (or why there is none);
 * every other project runs in memory.
 */
export function projectBackend(): "memory" | BackendProvider {
  // Loosely typed: the provided keys are declared by the app's wiring (suites/remote/provided.ts).
  const read = inject as unknown as (key: string) => unknown;
  if (read("harnessBackend") !== "container") return "memory";
  const found = read("harnessContainer") as ConnectionResult | undefined;
  return containerBackend(() => found ?? { unavailable: "the container project's globalSetup provided no deployment" });
}
