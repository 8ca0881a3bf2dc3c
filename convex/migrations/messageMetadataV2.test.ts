import { describe, expect, test } from "vitest";
import { internal } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { setupTest } from "../test.setup";

type T = ReturnType<typeof setupTest>;

/** One message per metadata shape the migration must handle. */
const shapes: Record<string, unknown> = {
  absent: undefined,
  object: { model: "gpt-4o", tokens: 12 },
  olderVersion: { version: "1.0", processedAt: "yesterday" },
  v2: { version: "2.0", processedAt: 1_650_000_000_000, model: "x" },
  halfV2: { version: "2.0" },
  string: "legacy text",
  nullValue: null,
  array: [1, 2],
};

async function seed(t: T): Promise<Record<string, Id<"messages">>> {
  return t.run(async (ctx) => {
    const userId = await ctx.db.insert("users", { name: "u", email: "u@x" });
    const threadId = await ctx.db.insert("threads", { userId, title: "t" });
    const ids: Record<string, Id<"messages">> = {};
    for (const [name, metadata] of Object.entries(shapes)) {
      ids[name] = await ctx.db.insert("messages", { threadId, role: "user", content: name, ...(metadata === undefined ? {} : { metadata }) });
    }
    return ids;
  });
}

async function runAll(t: T, fn: typeof internal.migrations.messageMetadataV2.forward, batchSize = 3) {
  let cursor: string | null = null;
  for (;;) {
    const r: { continueCursor: string; isDone: boolean } = await t.mutation(fn, { cursor, batchSize });
    if (r.isDone) return;
    cursor = r.continueCursor;
  }
}

const messages = (t: T) => t.run((ctx) => ctx.db.query("messages").collect());

describe("messageMetadataV2", () => {
  test("forward stamps objects and absent metadata, keeps v2 and records the rest", async () => {
    const t = setupTest();
    const ids = await seed(t);
    await runAll(t, internal.migrations.messageMetadataV2.forward);
    const byId = new Map((await messages(t)).map((m) => [m._id, m]));
    const stamped = (name: string) => byId.get(ids[name])!;
    expect(stamped("absent").metadata).toEqual({ version: "2.0", processedAt: stamped("absent")._creationTime });
    expect(stamped("object").metadata).toEqual({ model: "gpt-4o", tokens: 12, version: "2.0", processedAt: stamped("object")._creationTime });
    expect(stamped("olderVersion").metadata).toEqual({ version: "2.0", processedAt: stamped("olderVersion")._creationTime });
    expect(stamped("v2").metadata).toEqual(shapes.v2);
    expect(stamped("halfV2").metadata).toEqual({ version: "2.0", processedAt: stamped("halfV2")._creationTime });
    for (const name of ["string", "nullValue", "array"]) expect(stamped(name).metadata).toEqual(shapes[name]);
    const issues = await t.run((ctx) => ctx.db.query("migrationIssues").collect());
    expect(issues.map((i) => i.docId).sort()).toEqual([ids.string, ids.nullValue, ids.array].sort());
    expect(issues.find((i) => i.docId === ids.nullValue)!.reason).toMatch(/metadata is null, not an object/);
  });

  test("rollback restores the exact previous metadata, absent included, and forgets the issues", async () => {
    const t = setupTest();
    await seed(t);
    const before = await messages(t);
    await runAll(t, internal.migrations.messageMetadataV2.forward);
    await runAll(t, internal.migrations.messageMetadataV2.rollback, 2);
    expect(await messages(t)).toEqual(before);
    expect(await t.run((ctx) => ctx.db.query("migrationLedger").collect())).toEqual([]);
    expect(await t.run((ctx) => ctx.db.query("migrationIssues").collect())).toEqual([]);
  });

  test("rollback keeps a field the app changed after forward", async () => {
    const t = setupTest();
    const ids = await seed(t);
    await runAll(t, internal.migrations.messageMetadataV2.forward);
    await t.run((ctx) => ctx.db.patch(ids.object, { metadata: { model: "gpt-5", tokens: 12, version: "2.1", processedAt: 1 } }));
    await runAll(t, internal.migrations.messageMetadataV2.rollback);
    const message = (await messages(t)).find((m) => m._id === ids.object)!;
    expect(message.metadata).toEqual({ model: "gpt-5", tokens: 12, version: "2.1", processedAt: 1 });
  });
});
