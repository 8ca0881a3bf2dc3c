/**
 * Joins on fields that are not ids: a member's tokenIdentifier is an
 * identity's subject. Independently generated strings never match, so a
 * migration that joins on them never writes; a field drawn `from` another
 * field's values makes the join hit (often twice) and miss. A check whose
 * forward wrote nothing in every run says so, and certify counts it short.
 */
import fc from "fast-check";
import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";
import { describe, expect, test } from "vitest";
import { batchMigration, checkMigration, defineMigration } from "../harness/index.js";
import { judge } from "../harness/certify/verdict.js";
import { membersApp } from "../harness/testing/membersApp.js";
import { fromSchema } from "./fromSchema.js";
import type { FromSchemaOptions } from "./options/fromSchemaOptions.js";

const schema = membersApp.schema;
/** Long strings: two drawn on their own never match. */
const legacy: FromSchemaOptions["fields"] = {
  "identities.subject": { minLength: 8, maxLength: 16 },
  "members.tokenIdentifier": { minLength: 8, maxLength: 16 },
  "members.memberId": { presence: 0 },
  "members.displayName": { presence: 0 },
};

function linkSpec(fields: FromSchemaOptions["fields"]) {
  return defineMigration(membersApp, {
    name: "linkMembers",
    table: "members",
    forward: batchMigration("members:link"),
    rollback: batchMigration("members:unlink"),
    dataset: fromSchema(schema, { only: ["members", "identities"], paged: "members", fields }),
    touches: ["members"],
  });
}

describe("fromSchema joins on non-id fields", () => {
  test("a field `from` another field's values: joins hit, hit twice and miss", () => {
    const datasets = fc.sample(fromSchema(schema, { only: ["members"], fields: { ...legacy, "members.tokenIdentifier": { from: "identities.subject" } } }), { seed: 5, numRuns: 200 });
    let hits = 0;
    let misses = 0;
    let twice = 0;
    for (const { tables } of datasets) {
      // `only: ["members"]` brings identities along: the join needs them.
      expect(tables.identities).toBeDefined();
      const subjects = tables.identities.map((i) => i.subject);
      const hit = tables.members.filter((m) => subjects.includes(m.tokenIdentifier));
      hits += hit.length;
      misses += tables.members.length - hit.length;
      if (new Set(hit.map((m) => m.tokenIdentifier)).size < hit.length) twice++;
    }
    console.log(`joins: ${hits} members hit an identity, ${misses} missed, ${twice} of 200 datasets with two members on one identity`);
    expect(hits).toBeGreaterThan(misses);
    expect(misses).toBeGreaterThan(0);
    expect(twice).toBeGreaterThan(0);
  });

  test("a unique joined field stays unique: two members never join one identity", () => {
    const fields = { ...legacy, "members.tokenIdentifier": { from: "identities.subject" } };
    const datasets = fc.sample(fromSchema(schema, { only: ["members"], fields, tables: { members: { unique: ["tokenIdentifier"] } } }), { seed: 5, numRuns: 200 });
    let hits = 0;
    for (const { tables } of datasets) {
      const tokens = tables.members.map((m) => m.tokenIdentifier);
      expect(new Set(tokens).size).toBe(tokens.length);
      hits += tables.members.filter((m) => tables.identities.some((i) => i.subject === m.tokenIdentifier)).length;
    }
    expect(hits).toBeGreaterThan(0);
  });

  test("a join option naming a field that does not exist, or one of another type, is one line at construction", () => {
    expect(() => fromSchema(schema, { fields: { "members.tokenIdentifier": { from: "identities.sub" } } })).toThrow(
      'fromSchema: options.fields["members.tokenIdentifier"].from is "identities.sub", but identities has no field "sub"',
    );
    expect(() => fromSchema(schema, { fields: { "members.tokenIdentifier": { from: "users.subject" } } })).toThrow(
      'fromSchema: options.fields["members.tokenIdentifier"].from is "users.subject", which does not name "<table>.<field>" of a table of the schema',
    );
    expect(() => fromSchema(schema, { fields: { "members.tokenIdentifier": { from: "uploads.size" } } })).toThrow(
      'fromSchema: options.fields["members.tokenIdentifier"].from is "uploads.size", a number, but members.tokenIdentifier is a string: a join copies values of the same type',
    );
  });

  test("inferred: a string field named as the first field of one other table's index draws from it", () => {
    const sessions = defineSchema({
      users: defineTable({ tokenIdentifier: v.string(), name: v.string() }).index("by_token", ["tokenIdentifier"]),
      sessions: defineTable({ tokenIdentifier: v.string(), startedAt: v.number() }),
    });
    const datasets = fc.sample(fromSchema(sessions), { seed: 9, numRuns: 100 });
    const hits = datasets.flatMap(({ tables }) => tables.sessions.filter((s) => tables.users.some((u) => u.tokenIdentifier === s.tokenIdentifier)));
    const sessionsWithUsers = datasets.flatMap(({ tables }) => (tables.users.length > 0 ? tables.sessions : []));
    expect(hits.length).toBeGreaterThan(sessionsWithUsers.length / 2);
  });

  test("forward that never wrote in any run passes with a note, which certify counts as a shortfall; the join option makes it write", async () => {
    const vacuous = await checkMigration(linkSpec(legacy), { invariant: "roundTrip", runs: 20, seed: 1 });
    expect(vacuous.status).toBe("passed");
    if (vacuous.status !== "passed") return;
    expect(vacuous.vacuous?.message).toMatch(/^linkMembers › roundTrip \[memory\]: forward wrote nothing in 20 run\(s\) at seed 1: /);
    expect(vacuous.vacuous?.message).toContain('{ from: "<other table>.<field>" }');
    const { verdict, reasons } = judge({ results: [vacuous], errors: [], backends: [{ backend: "memory", ran: true }], coverage: [] } as never);
    expect(verdict).toBe("INCOMPLETE");
    expect(reasons.join("\n")).toContain("linkMembers › roundTrip [memory]");

    // A spec that declares `touches: []` says forward changes nothing (an index evolution): no note.
    const declared = defineMigration(membersApp, { ...linkSpec(legacy).options, touches: [] });
    const quiet = await checkMigration(declared, { invariant: "targetValid", runs: 10, seed: 1 });
    expect(quiet.status === "passed" && quiet.vacuous).toBeUndefined();

    const joined = await checkMigration(linkSpec({ ...legacy, "members.tokenIdentifier": { from: "identities.subject" } }), { invariant: "roundTrip", runs: 20, seed: 1 });
    expect(joined.status).toBe("passed");
    expect(joined.status === "passed" && joined.vacuous).toBeUndefined();
  });
});
