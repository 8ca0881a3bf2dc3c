import { inject } from "vitest";
import type { BackendProvider } from "../../model/backend.js";
import { containerBackend } from "../../backends/container/provider.js";
import type { ConnectionResult } from "../../backends/remote/provider.js";
import "./provided.js";

export type ProjectTarget = { kind: "memory" } | { kind: "container"; provider: BackendProvider } | { kind: "skip"; reason: string };

/**
 * The backend of the vitest project running this file: in a container
 * project (its config provides `harnessBackend: "container"`), the
 * deployment its globalSetup started, or why there is none; in any other
 * project, memory.
 */
export function projectTarget(
  backend: "container" | undefined = inject("harnessBackend"),
  found: ConnectionResult | undefined = inject("harnessContainer"),
): ProjectTarget {
  if (backend !== "container") return { kind: "memory" };
  if (!found) return { kind: "skip", reason: "the container project's globalSetup provided no deployment" };
  if ("unavailable" in found) return { kind: "skip", reason: found.unavailable };
  return { kind: "container", provider: containerBackend(() => found) };
}
