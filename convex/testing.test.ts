import { describe, expect, test } from "vitest";
import { internal } from "./_generated/api";
import { decryptWithSecret, WRONG_ENCRYPTION_SECRET, tryDecrypt } from "./encryption";
import { setupTest } from "./test.setup";

describe("testing functions", () => {
  test("refuse to run without test mode, saying how to enable it", async () => {
    const t = setupTest();
    delete process.env.CONVEX_HARNESS_TEST_MODE;
    const hint = /npx convex env set CONVEX_HARNESS_TEST_MODE 1/;
    await expect(t.mutation(internal.testing.seed, { table: "users", documents: [] })).rejects.toThrow(hint);
    await expect(t.mutation(internal.testing.clearAll, {})).rejects.toThrow(hint);
    await expect(t.mutation(internal.testing.deleteDocuments, { ids: [] })).rejects.toThrow(hint);
    await expect(t.mutation(internal.testing.patchDocuments, { patches: [] })).rejects.toThrow(hint);
    await expect(t.query(internal.testing.readPage, { table: "users", cursor: null, numItems: 1 })).rejects.toThrow(hint);
    await expect(t.query(internal.testing.tableNames, {})).rejects.toThrow(hint);
  });

  test("seed resolves references within the call and encrypt markers anywhere", async () => {
    const t = setupTest();
    const [user] = await t.mutation(internal.testing.seed, {
      table: "users", documents: [{ index: 0, doc: { name: "Ada", email: "ada@example.com" } }],
    });
    const [first, second] = await t.mutation(internal.testing.seed, {
      table: "threads",
      documents: [
        { index: 0, doc: { userId: user, title: "first" } },
        { index: 1, doc: { userId: user, title: { __encrypt: "secret title" }, forkedFrom: { __ref: ["threads", 0] } } },
      ],
    });
    const [settings] = await t.mutation(internal.testing.seed, {
      table: "userSettings",
      documents: [{ index: 0, doc: { userId: user, preferences: { a: { __encrypt: "nested" } }, encryptedApiKeys: { __encrypt: "k", key: "wrong" } } }],
    });
    const thread = await t.run((ctx) => ctx.db.get(second as any)) as any;
    expect(thread.forkedFrom).toBe(first);
    expect(await tryDecrypt(thread.title)).toBe("secret title");
    const doc = await t.run((ctx) => ctx.db.get(settings as any)) as any;
    expect(await tryDecrypt(doc.preferences.a)).toBe("nested");
    expect(await tryDecrypt(doc.encryptedApiKeys)).toBe(doc.encryptedApiKeys);
    expect(await decryptWithSecret(doc.encryptedApiKeys, WRONG_ENCRYPTION_SECRET)).toBe("k");
  });

  test("seed rejects a reference to a document not inserted in the call, and unknown tables", async () => {
    const t = setupTest();
    await expect(t.mutation(internal.testing.seed, {
      table: "threads", documents: [{ index: 0, doc: { userId: { __ref: ["users", 0] }, title: "x" } }],
    })).rejects.toThrow(/threads\[0\] references users\[0\]/);
    await expect(t.mutation(internal.testing.seed, { table: "nope", documents: [] })).rejects.toThrow(/Unknown table "nope"/);
  });

  test("readPage pages a table; deleteDocuments and clearAll delete", async () => {
    const t = setupTest();
    const documents = [0, 1, 2].map((index) => ({ index, doc: { name: `u${index}`, email: `${index}@x` } }));
    const ids = await t.mutation(internal.testing.seed, { table: "users", documents });
    const first = await t.query(internal.testing.readPage, { table: "users", cursor: null, numItems: 2 });
    expect(first.page.map((d: any) => d._id)).toEqual(ids.slice(0, 2));
    expect(first.isDone).toBe(false);
    const rest = await t.query(internal.testing.readPage, { table: "users", cursor: first.continueCursor, numItems: 2 });
    expect(rest.page.map((d: any) => d._id)).toEqual(ids.slice(2));
    await t.mutation(internal.testing.deleteDocuments, { ids: [ids[0], ids[0]] });
    await expect(t.mutation(internal.testing.deleteDocuments, { ids: ["garbage"] })).rejects.toThrow(/not an id/);
    expect((await t.query(internal.testing.readPage, { table: "users", cursor: null, numItems: 10 })).page).toHaveLength(2);
    expect(await t.mutation(internal.testing.clearAll, {})).toEqual({ done: true, deleted: 2 });
    expect((await t.query(internal.testing.readPage, { table: "users", cursor: null, numItems: 10 })).page).toHaveLength(0);
    await expect(t.query(internal.testing.readPage, { table: "nope", cursor: null, numItems: 1 })).rejects.toThrow(/Unknown table/);
  });

  test("patchDocuments sets fields of seeded documents by id, with encrypt markers resolved", async () => {
    const t = setupTest();
    const [user] = await t.mutation(internal.testing.seed, { table: "users", documents: [{ index: 0, doc: { name: "Ada", email: "a@x" } }] });
    const [first, second] = await t.mutation(internal.testing.seed, {
      table: "threads",
      documents: [0, 1].map((index) => ({ index, doc: { userId: user, title: `t${index}` } })),
    });
    await t.mutation(internal.testing.patchDocuments, {
      patches: [{ id: first, fields: { clonedFrom: second, title: { __encrypt: "secret" } } }, { id: second, fields: { forkedFrom: second } }],
    });
    const [a, b] = (await t.run((ctx) => Promise.all([ctx.db.get(first as any), ctx.db.get(second as any)]))) as any[];
    expect(a.clonedFrom).toBe(second);
    expect(await tryDecrypt(a.title)).toBe("secret");
    expect(b.forkedFrom).toBe(second);
    await expect(t.mutation(internal.testing.patchDocuments, { patches: [{ id: "garbage", fields: {} }] })).rejects.toThrow(/not an id/);
  });

  test("tableNames lists the schema's tables", async () => {
    const t = setupTest();
    expect(await t.query(internal.testing.tableNames, {})).toContain("apiKeys");
  });
});
