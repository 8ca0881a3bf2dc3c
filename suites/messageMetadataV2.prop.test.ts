/**
 * messageMetadataV2: messages.metadata gains version "2.0" and processedAt;
 * metadata that is not an object is recorded in migrationIssues and left in
 * place; rollback restores the exact previous metadata. Every invariant, on
 * the in-memory backend, forward's end state, and the issue count.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import { isMetadataObject, isV2 } from "../convex/lib/messageMetadataV2/metadata";
import { app } from "./app.js";
import { projectSuite } from "./remote/projectSuite.js";
import { DATA_CLASSES, messageMetadataV2Spec } from "./messageMetadataV2.spec.js";
import { chatCoverageTest } from "./chatCoverage.js";
import { afterForward, recordedIssues } from "./migrationIssues.js";

const spec = messageMetadataV2Spec();
// In-memory under npm test; the run's Convex container under npm run test:container.
projectSuite(app, spec);
chatCoverageTest(spec, "messages", DATA_CLASSES);

test("forward leaves every message v2 or recorded in migrationIssues, and records only those", async () => {
  let messages = 0;
  let issues = 0;
  for (const dataset of fc.sample(spec.dataset, { seed: 20261125, numRuns: 15 })) {
    const after = await afterForward(app, spec, dataset);
    const recorded = recordedIssues(after, spec.name);
    for (const message of after.tables.messages) {
      const what = `message ${message._id} with metadata ${JSON.stringify(message.metadata)}`;
      // Non-object metadata is what forward cannot stamp: it must be recorded, and only it.
      const stampable = message.metadata === undefined || isMetadataObject(message.metadata);
      if (stampable) expect(isV2(message.metadata), `${what} is not v2 after forward`).toBe(true);
      expect(recorded.has(message._id), `${what}: recorded in migrationIssues`).toBe(!stampable);
    }
    messages += after.tables.messages.length;
    issues += recorded.size;
  }
  console.log(`messageMetadataV2: ${issues} of ${messages} messages recorded in migrationIssues (metadata not an object, left in place)`);
  expect(issues).toBeGreaterThan(0);
});
