import { strToU8, zipSync } from "fflate";
import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";
import { describe, expect, test } from "vitest";
import { isRefMarker } from "../model/dataset.js";
import { loadSnapshotExport } from "./index.js";

const schema = defineSchema({
  users: defineTable({ name: v.string(), credits: v.optional(v.int64()), avatar: v.optional(v.bytes()) }),
  threads: defineTable({ userId: v.id("users"), title: v.string(), clonedFrom: v.optional(v.id("threads")) }),
  messages: defineTable({ threadId: v.id("threads"), body: v.string() }),
});

const ids = { ada: "k17ada000000000000000000000000aa", bob: "k17bob000000000000000000000000bb", t1: "m27t1000000000000000000000000001", t2: "m27t2000000000000000000000000002", gone: "m27gone0000000000000000000000009" };
const jsonl = (docs: unknown[]) => strToU8(docs.map((d) => JSON.stringify(d)).join("\n") + "\n");

/** An export as `npx convex export` writes it, built in memory. */
function exportZip(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync({ "README.md": strToU8("# Welcome to your Convex snapshot export!\n"), ...files });
}

const tables = jsonl([{ name: "users", id: 10001 }, { name: "threads", id: 10002 }, { name: "messages", id: 10003 }]);

describe("loadSnapshotExport", () => {
  test("turns ids into references, decodes int64 and bytes, and orders documents so references point back", () => {
    const zip = exportZip({
      "_tables/documents.jsonl": tables,
      "users/documents.jsonl": jsonl([
        { _id: ids.ada, _creationTime: 1, name: "Ada", credits: "9007199254740993", avatar: "AAEC" },
        { _id: ids.bob, _creationTime: 2, name: "Bob", credits: { $integer: "BQAAAAAAAAA=" } },
      ]),
      "users/generated_schema.jsonl": strToU8('"{...}"\n'),
      // t2 is listed first but was created first and t1 is cloned from it.
      "threads/documents.jsonl": jsonl([
        { _id: ids.t1, _creationTime: 20, userId: ids.bob, title: "copy", clonedFrom: ids.t2 },
        { _id: ids.t2, _creationTime: 10, userId: ids.ada, title: "original" },
      ]),
      "messages/documents.jsonl": jsonl([{ _id: "n3m1", _creationTime: 30, threadId: ids.t1, body: "hi" }]),
      "_storage/documents.jsonl": jsonl([]),
    });
    const { dataset, report } = loadSnapshotExport(zip, schema as never, "export.zip");
    expect(report.problems).toEqual([]);
    expect(report.notes).toEqual(["_storage/ (file storage) is not loaded: the harness seeds documents only"]);
    expect(report.tables).toEqual([
      { table: "users", documents: 2, imported: 2 },
      { table: "threads", documents: 2, imported: 2 },
      { table: "messages", documents: 1, imported: 1 },
    ]);
    const [ada, bob] = dataset.tables.users;
    expect(ada.credits).toBe(9007199254740993n);
    expect([...new Uint8Array(ada.avatar as ArrayBuffer)]).toEqual([0, 1, 2]);
    expect(bob.credits).toBe(5n);
    expect(dataset.tables.threads).toEqual([
      { userId: { __ref: ["users", 0] }, title: "original" },
      { userId: { __ref: ["users", 1] }, title: "copy", clonedFrom: { __ref: ["threads", 0] } },
    ]);
    expect(dataset.tables.messages).toEqual([{ threadId: { __ref: ["threads", 1] }, body: "hi" }]);
    expect(dataset.deleted).toEqual([]);
  });

  test("a reference to a document missing from the export stays dangling: a stand-in is seeded, then deleted", () => {
    const zip = exportZip({
      "_tables/documents.jsonl": tables,
      "users/documents.jsonl": jsonl([{ _id: ids.ada, _creationTime: 1, name: "Ada" }]),
      "threads/documents.jsonl": jsonl([{ _id: ids.t1, _creationTime: 2, userId: ids.ada, title: "kept" }]),
      "messages/documents.jsonl": jsonl([
        { _id: "n3m1", _creationTime: 3, threadId: ids.gone, body: "orphan" },
        { _id: "n3m2", _creationTime: 4, threadId: ids.gone, body: "same orphan thread" },
      ]),
    });
    const { dataset, report } = loadSnapshotExport(zip, schema as never);
    expect(report.danglingReferences).toBe(1);
    expect(dataset.tables.threads).toHaveLength(2);
    expect(dataset.deleted).toEqual([{ table: "threads", index: 0 }]);
    expect(dataset.tables.messages.map((m) => m.threadId)).toEqual([{ __ref: ["threads", 0] }, { __ref: ["threads", 0] }]);
    expect(isRefMarker(dataset.tables.threads[1].userId)).toBe(true);
  });

  test("bad exports are reported table by table and document by document, never thrown", () => {
    const zip = exportZip({
      "_tables/documents.jsonl": jsonl([{ name: "users", id: 1 }, { name: "threads", id: 2 }, { name: "ghosts", id: 3 }, { name: "audit", id: 4 }]),
      "users/documents.jsonl": strToU8(
        [
          JSON.stringify({ _id: ids.ada, _creationTime: 1, name: "Ada" }),
          "{not json",
          JSON.stringify({ _creationTime: 2, name: "no id" }),
          JSON.stringify({ _id: ids.bob, _creationTime: 3, name: 42 }),
        ].join("\n"),
      ),
      "threads/documents.jsonl": jsonl([
        { _id: ids.t1, _creationTime: 4, userId: ids.bob, title: "owner failed the schema" },
        { _id: ids.t2, _creationTime: 5, userId: ids.t1, title: "userId is a thread id" },
      ]),
      "audit/documents.jsonl": jsonl([{ _id: "x", _creationTime: 1, what: "?" }]),
    });
    const { dataset, report } = loadSnapshotExport(zip, schema as never);
    const messages = report.problems.map((p) => `${p.kind} ${p.table ?? ""}${p.line ? `:${p.line}` : ""} ${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^document users:2 line is not a JSON object/),
      'table ghosts _tables lists "ghosts" but the archive has no ghosts/documents.jsonl',
      "document users:3 no string _id",
      'table audit table "audit" (1 documents) is not in the schema; skipped',
      "document users:4 fails the schema: name: expected a string, got the number 42",
      "document threads:2 fails the schema: userId: expected an id of users, got an id of threads",
    ]);
    // A schema table the export lacks loses nothing: a note, not a problem (one count of problems everywhere).
    expect(report.notes).toContain('table "messages" is not in the export; seeded empty');
    // Bob was left out, so the thread he owns points to a deleted stand-in: an orphan, not a lost document.
    expect(dataset.tables.users).toEqual([{ name: "Ada" }, { name: "Ada" }]);
    expect(dataset.deleted).toEqual([{ table: "users", index: 0 }]);
    expect(dataset.tables.threads).toEqual([{ userId: { __ref: ["users", 0] }, title: "owner failed the schema" }]);
  });

  test("a file that is not a ZIP is one problem, not a crash", () => {
    const { dataset, report } = loadSnapshotExport(strToU8("just text"), schema as never);
    expect(report.problems).toEqual([{ kind: "zip", message: expect.stringMatching(/^not a readable ZIP archive/) }]);
    expect(dataset.tables).toEqual({});
  });
});
