import fc from "fast-check";
import type { Dataset, DatasetDocument } from "../model/dataset.js";
import { ref } from "../model/dataset.js";
import { batchMigration } from "../spec/migration.js";
import { docRef } from "../spec/docRef.js";
import { defineMigration } from "../spec/define.js";
import type { MigrationSpecOptions } from "../spec/types.js";
import { notesApp } from "./notesApp.js";

/**
 * Datasets of the notes app: 1 to 3 users (each with a token), 0 to 7
 * notes among them, some tagged. Shrinks to fewer notes and simpler ones.
 */
export function notesDataset(options: { hang?: boolean } = {}): fc.Arbitrary<Dataset> {
  const tags: fc.Arbitrary<string[]> = options.hang ? fc.constantFrom(["hang"], ["work"]) : fc.constantFrom(["work"], ["home", "work"]);
  const note = fc.record({ owner: fc.nat({ max: 2 }), text: fc.constantFrom("Buy milk", "Call Ada", "Ship it"), tags: fc.option(tags, { nil: undefined }) });
  return fc.record({ users: fc.integer({ min: 1, max: 3 }), notes: fc.array(note, { maxLength: 7 }) }).map(({ users, notes }) => ({
    tables: {
      users: Array.from({ length: users }, (_, i): DatasetDocument => ({ name: `user ${i}`, tokenIdentifier: `test|user-${i}` })),
      notes: notes.map(({ owner, text, tags: t }): DatasetDocument => ({ userId: ref("users", Math.min(owner, users - 1)), text, ...(t ? { tags: t } : {}) })),
    },
  }));
}

/** The notes app's slug migration, with every user reading their own notes throughout (a read path that needs ctx.auth). */
export function notesSpec(overrides: Partial<MigrationSpecOptions> = {}) {
  return defineMigration(notesApp, {
    name: "addSlug",
    table: "notes",
    forward: batchMigration("slugs:forward"),
    rollback: batchMigration("slugs:rollback"),
    dataset: notesDataset(),
    touches: ["notes"],
    readPaths: [{ name: "mine", query: "notes:mine", calls: (s) => s.tables.users.map((user) => ({ as: user })) }],
    // A signed-in user writes a note while the migration runs, and reads their notes back.
    appWrites: [{ name: "add", mutation: "notes:add", args: fc.record({ text: fc.constantFrom("Later", "Meanwhile") }), as: docRef("users"), readBack: () => [{ query: "notes:mine", args: {} }] }],
    batchSize: 2,
    ...overrides,
  });
}
