/**
 * quarantineOrphans: threads without a user, messages without a thread and
 * attachments without a thread or with a dangling messageId move to
 * quarantine with their original document; rollback restores them and points
 * references at their new ids. Every invariant, on the in-memory backend,
 * and forward's end state with the quarantine counts.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import { app } from "./app.js";
import { projectSuite } from "./remote/projectSuite.js";
import { afterForward } from "./migrationIssues.js";
import { REQUIRED_REFERENCES } from "./quarantineOrphans.accounting.js";
import { DATA_CLASSES, quarantineOrphansSpec } from "./quarantineOrphans.spec.js";
import { chatCoverageTest } from "./chatCoverage.js";

const spec = quarantineOrphansSpec();
// In-memory under npm test; the run's Convex container under npm run test:container.
projectSuite(app, spec);
chatCoverageTest(spec, "threads", DATA_CLASSES);

test("forward leaves no orphan in threads, messages or attachments", async () => {
  const reasons = new Map<string, number>();
  let documents = 0;
  for (const dataset of fc.sample(spec.dataset, { seed: 20261125, numRuns: 20 })) {
    const after = await afterForward(app, spec, dataset);
    const live = new Set(Object.values(after.tables).flatMap((docs) => docs.map((d) => d._id)));
    for (const [table, fields] of Object.entries(REQUIRED_REFERENCES)) {
      for (const doc of after.tables[table]) {
        for (const field of fields) {
          if (typeof doc[field] === "string") expect(live.has(doc[field] as string), `${table} ${doc._id}.${field} still dangles`).toBe(true);
        }
      }
      documents += after.tables[table].length;
    }
    for (const row of after.tables.quarantine) {
      reasons.set(String(row.reason), (reasons.get(String(row.reason)) ?? 0) + 1);
    }
  }
  const quarantined = [...reasons.values()].reduce((a, b) => a + b, 0);
  console.log(`quarantineOrphans: ${quarantined} document(s) quarantined, ${documents} left in place:`);
  for (const [reason, n] of reasons) console.log(`  ${n} × ${reason}`);
  expect(quarantined).toBeGreaterThan(0);
  expect([...reasons.keys()].some((reason) => reason.includes("it was quarantined"))).toBe(true);
});
