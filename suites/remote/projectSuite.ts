import { describe, inject, test } from "vitest";
import type { BackendProvider } from "../../harness/backends/backend.js";
import { containerBackend } from "../../harness/backends/container/provider.js";
import type { ConnectionResult } from "../../harness/backends/remote/provider.js";
import { migrationSuite, type App, type MigrationSpec, type SuiteOptions } from "../../harness/index.js";
import "./provided.js";

/**
 * Registers a migration's suite on the backend of the vitest project that
 * runs it: in-memory in `memory` (npm test), the run's one Convex container
 * in `container` (npm run test:container), so every suite file runs in both
 * without naming a backend.
 *
 * @example
 * projectSuite(app, apiKeysToTableSpec());
 */
export function projectSuite(app: App, spec: MigrationSpec, options: Omit<SuiteOptions, "backends"> = {}): void {
  const target = projectTarget(inject("harnessBackend"), inject("harnessContainer"));
  if (target.kind === "skip") {
    // One skipped test per suite, not one per invariant: the reason was
    // printed once by the globalSetup and shows here in the report.
    describe(`${spec.name} on container`, () => test.skip(`every invariant (skipped: ${target.reason})`, () => {}));
    return;
  }
  migrationSuite(app, spec, { ...options, backends: [target.kind === "memory" ? "memory" : target.provider] });
}

export type ProjectTarget = { kind: "memory" } | { kind: "container"; provider: BackendProvider } | { kind: "skip"; reason: string };

/** What the running project asks for, from what its config and globalSetup provided. */
export function projectTarget(backend: "container" | undefined, found: ConnectionResult | undefined): ProjectTarget {
  if (backend !== "container") return { kind: "memory" };
  if (!found) return { kind: "skip", reason: "the container project's globalSetup provided no deployment" };
  if ("unavailable" in found) return { kind: "skip", reason: found.unavailable };
  return { kind: "container", provider: containerBackend(() => found) };
}
