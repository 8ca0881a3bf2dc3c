/**
 * A forward that copies a field into a larger document (an identity's
 * displayName into a member with a long bio) overflows 1 MiB only when both
 * values are heavy. Size pressure alone makes one value heavy; copy pressure
 * makes a document and its partner's field of the same name heavy together,
 * so the copy is caught at default runs, and a forward that does not copy passes.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { batchMigration, checkMigration, defineMigration } from "../harness/index.js";
import { membersApp } from "../harness/testing/membersApp.js";
import { validateSnapshot } from "../harness/validate/index.js";
import { fromSchema } from "./fromSchema.js";
import type { FromSchemaOptions } from "./options/fromSchemaOptions.js";

const schema = membersApp.schema;
const options: FromSchemaOptions = {
  only: ["members"],
  paged: "members",
  fields: {
    "members.tokenIdentifier": { from: "identities.subject" },
    "members.memberId": { presence: 0 },
    "members.displayName": { presence: 0 },
  },
};

function linkSpec(forward: string) {
  return defineMigration(membersApp, {
    name: "linkMembers",
    table: "members",
    forward: batchMigration(forward),
    rollback: batchMigration("members:unlink"),
    dataset: fromSchema(schema, options),
    touches: ["members"],
  });
}

const KiB = 1024;

describe("copy pressure", () => {
  test("a pressured dataset holds a member with a heavy bio whose joined identity has a heavy displayName; every document stays within 1 MiB", () => {
    const datasets = fc.sample(fromSchema(schema, { ...options, sizePressure: 0.5 }), { seed: 4, numRuns: 50 });
    const paired = datasets.filter(({ tables }) =>
      tables.members.some((m) => (m.bio as string | undefined)?.length! >= 512 * KiB && tables.identities.some((i) => i.subject === m.tokenIdentifier && (i.displayName as string).length >= 512 * KiB)),
    );
    expect(paired.length).toBeGreaterThan(15);
    for (const { tables } of datasets) {
      for (const docs of Object.values(tables)) for (const doc of docs) expect(JSON.stringify(doc).length).toBeLessThan(1024 * KiB);
    }
    // At most one pair a dataset (plus size pressure's own value), however many members it holds.
    const large = fc.sample(fromSchema(schema, { ...options, batchSize: 50, sizePressure: 0.5 }), { seed: 4, numRuns: 20 });
    for (const { tables } of large) {
      const heavy = Object.values(tables).flat().filter((doc) => Object.values(doc).some((v) => typeof v === "string" && v.length >= 512 * KiB));
      expect(heavy.length).toBeLessThanOrEqual(3);
    }
  });

  test("caught at default runs: a forward that copies the identity's displayName fails targetValid, and the correct one passes", async () => {
    const figures: string[] = [];
    for (const seed of [1, 2, 3]) {
      const broken = await checkMigration(linkSpec("members:linkCopyingName"), { invariant: "targetValid", seed });
      expect(broken.status, `seed ${seed}`).toBe("failed");
      if (broken.status !== "failed") continue;
      figures.push(`seed ${seed}: failed after ${broken.runs} run(s), shrunk to ${Object.values(broken.dataset.tables).flat().length} document(s) in ${broken.shrinks} shrinks: ${broken.failure.summary}`);
    }
    console.log(figures.join("\n"));
    const correct = await checkMigration(linkSpec("members:link"), { invariant: "targetValid", seed: 1 });
    expect(correct.status).toBe("passed");
  });
});
