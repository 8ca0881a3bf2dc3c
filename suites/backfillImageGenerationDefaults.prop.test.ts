/**
 * backfillImageGenerationDefaults: an optional field gets its defaults where
 * it is absent; invalid legacy values are recorded in migrationIssues and left
 * in place. Written with @convex-dev/migrations and driven through the
 * component. Every invariant, on the in-memory backend, and the issue count.
 */
import { test } from "vitest";
import { imageGenerationClass } from "../generators/index.js";
import { projectSuite } from "./remote/projectSuite.js";
import { app } from "./app.js";
import { backfillImageGenerationDefaultsSpec } from "./backfillImageGenerationDefaults.spec.js";
import { expectIssuesExactlyFor } from "./migrationIssues.js";

const spec = backfillImageGenerationDefaultsSpec();
// In-memory under npm test; the run's Convex container under npm run test:container.
projectSuite(app, spec);

const VALID = new Set(["imageGeneration:absent", "imageGeneration:valid", "imageGeneration:defaults"]);

test("forward records every invalid imageGeneration in migrationIssues, and only those", () =>
  expectIssuesExactlyFor(app, spec, {
    table: "userSettings",
    runs: 12,
    cannotMigrate: (seeded) => !VALID.has(imageGenerationClass(seeded.imageGeneration)),
    why: "left in place",
  }));
