/**
 * Typed specs: table names anywhere in a spec are checked by TypeScript
 * against the app's schema (`npm run typecheck` fails on a typo), and views
 * and accounting get each table's documents typed. The `@ts-expect-error`
 * lines are the proof: if a typo type-checked, typecheck would fail on the
 * unused directive. At run time the same typos are rejected by name.
 */
import fc from "fast-check";
import { describe, expect, expectTypeOf, test } from "vitest";
import { batchMigration } from "./migration.js";
import { defineMigration } from "./define.js";
import { stubApp } from "../testing/stubApp.js";

const base = { name: "m", forward: batchMigration("migrations/m:forward"), dataset: fc.constant({ tables: {} }) };

describe("a spec's tables are the schema's", () => {
  test("a table name that is not in the schema does not type-check, and is rejected when declared", () => {
    // @ts-expect-error "thing" is not a table of the app
    expect(() => defineMigration(stubApp, { ...base, table: "thing" })).toThrow('`table` names table "thing"');
    // @ts-expect-error "ownerz" is not a table of the app
    expect(() => defineMigration(stubApp, { ...base, touches: ["things", "ownerz"] })).toThrow('`touches[1]` names table "ownerz"');
    // @ts-expect-error secrets are per table of the app
    expect(() => defineMigration(stubApp, { ...base, secrets: { fields: { secrets: ["x"] }, isCiphertext: () => true } })).toThrow("`secrets.fields.secrets`");
  });

  test("accounting reads typed documents, ids included", () => {
    const spec = defineMigration(stubApp, {
      ...base,
      table: "things",
      touches: ["things"],
      conserves: (before, after) => {
        expectTypeOf(after.tables.things[0].name).toEqualTypeOf<string>();
        expectTypeOf(after.tables.things[0].token).toEqualTypeOf<string | undefined>();
        // A reference is an id of its table, no cast needed to compare it.
        return before.tables.things.filter((t) => !after.tables.owners.some((o) => o._id === t.ownerId)).map((t) => ({ table: "things", message: `${t._id} lost its owner` }));
      },
    });
    expect(spec.touches).toEqual(["things"]);
  });
});
