/**
 * encryptPlaintextKeys: plaintext provider values in apiKeys are encrypted,
 * encrypted ones left alone; rollback decrypts only what forward encrypted.
 * Batch protocol. Every invariant, on the in-memory backend, and the issue count.
 */
import { test } from "vitest";
import { providerValueClasses } from "../generators/index.js";
import { projectSuite } from "./remote/projectSuite.js";
import { app } from "./app.js";
import { encryptPlaintextKeysSpec } from "./encryptPlaintextKeys.spec.js";
import { expectIssuesExactlyFor } from "./migrationIssues.js";

const spec = encryptPlaintextKeysSpec();
// In-memory under npm test; the run's Convex container under npm run test:container.
projectSuite(app, spec);

test("forward records every row with a value it cannot encrypt in migrationIssues, and only those", () =>
  expectIssuesExactlyFor(app, spec, {
    table: "apiKeys",
    runs: 10,
    cannotMigrate: (seeded) => Object.values(seeded).some((value) => providerValueClasses(value as never).includes("value:lone-surrogate")),
    why: "a value left in place",
  }));
