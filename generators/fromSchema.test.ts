import fc from "fast-check";
import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";
import { describe, expect, test } from "vitest";
import { datasetSize, isRefMarker, type Dataset, type DatasetValue } from "../harness/model/dataset.js";
import { leagueSchema } from "./testing/leagueSchema.js";
import { fromSchema } from "./fromSchema.js";
import type { FromSchemaOptions } from "./options/fromSchemaOptions.js";

const SEED = 20261201;

/** Every reference marker in a value. */
function refsIn(value: DatasetValue): Array<[string, number]> {
  if (isRefMarker(value)) return [value.__ref];
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value !== null && typeof value === "object" && !(value instanceof ArrayBuffer)) return Object.values(value).flatMap(refsIn);
  return [];
}

/** The shrunk dataset of the first of 300 runs whose dataset satisfies `predicate`. */
function shrunkWhere(options: FromSchemaOptions, predicate: (dataset: Dataset) => boolean): Dataset {
  const details = fc.check(fc.property(fromSchema(leagueSchema, options), (d) => !predicate(d)), { seed: SEED, numRuns: 300 });
  if (!details.failed || !details.counterexample) throw new Error("no dataset satisfied the predicate");
  return details.counterexample[0];
}

describe("fromSchema", () => {
  const samples = fc.sample(fromSchema(leagueSchema, { batchSize: 2, tables: { players: { orphans: 0.3 } } }), { seed: SEED, numRuns: 300 });

  test("tables come in seeding order: each after the tables it must reference", () => {
    for (const dataset of samples) expect(Object.keys(dataset.tables)).toEqual(["teams", "players", "matches", "tickets"]);
  });

  test("inserted documents reference only what is inserted before them; patches reference any document", () => {
    let patched = 0;
    for (const { tables, patches = [] } of samples) {
      const order = Object.keys(tables);
      for (const [table, docs] of Object.entries(tables)) {
        docs.forEach((doc, index) => {
          for (const [target, i] of refsIn(doc)) {
            const before = order.indexOf(target) < order.indexOf(table) || (target === table && i < index);
            expect(before && i < tables[target].length, `${table}[${index}] -> ${target}[${i}]`).toBe(true);
          }
        });
      }
      for (const patch of patches) {
        expect(patch.index).toBeLessThan(tables[patch.table].length);
        for (const [target, i] of refsIn(patch.fields)) expect(i).toBeLessThan(tables[target].length);
        patched += 1;
      }
    }
    expect(patched).toBeGreaterThan(0);
  });

  test("deletes only where orphans were asked for, documents it has", () => {
    const deleted = samples.flatMap((d) => d.deleted ?? []);
    expect(deleted.length).toBeGreaterThan(0);
    for (const dataset of samples) for (const { table, index } of dataset.deleted ?? []) expect(index).toBeLessThan(dataset.tables[table].length);
    expect(new Set(deleted.map((d) => d.table))).toEqual(new Set(["players"]));
  });

  test("the same seed gives the same datasets", () => {
    const arbitrary = fromSchema(leagueSchema);
    expect(fc.sample(arbitrary, { seed: 3, numRuns: 30 })).toEqual(fc.sample(arbitrary, { seed: 3, numRuns: 30 }));
  });

  test("a bug that needs one document shrinks to that document, and to those it must reference", () => {
    const team = shrunkWhere({}, (d) => d.tables.teams.some((t) => (t.budget as bigint) > 10n ** 12n));
    expect(datasetSize(team)).toBe(1);
    const player = shrunkWhere({}, (d) => d.tables.players.some((p) => Array.isArray(p.positions) && p.positions.includes("bench")));
    expect(player.tables.players).toEqual([{ teamId: { __ref: ["teams", 0] }, stats: {}, positions: ["bench"], contact: { kind: "email", address: "" } }]);
    expect(datasetSize(player)).toBe(2);
  });

  test("a bug that needs a reference cycle shrinks to the two documents of the cycle", () => {
    const cycle = shrunkWhere({}, (d) => (d.patches ?? []).some((p) => p.table === "matches" && isRefMarker(p.fields.ticket)));
    expect(datasetSize(cycle)).toBe(3); // a team the match must reference, the match, its ticket
    expect(cycle.tables.matches[0].ticket).toBeNull(); // inserted with the union's id-free member, patched later
  });

  test("size pressure shrinks away when a failure does not need it", () => {
    const heavy = (d: Dataset) => Object.values(d.tables).some((docs) => docs.some((doc) => JSON.stringify(doc, big).length > 100_000));
    const shrunk = shrunkWhere({ sizePressure: 0.5 }, (d) => d.tables.players.length >= 1 && heavy(d));
    expect(datasetSize(shrunk)).toBeLessThanOrEqual(2);
    const light = shrunkWhere({ sizePressure: 0.5 }, (d) => d.tables.players.length >= 1 && d.tables.teams.length >= 3);
    expect(heavy(light)).toBe(false);
  });

  test("size pressure stays near the limits: no document far past 1 MiB, whatever kinds of pressure meet in one value", () => {
    const notes = defineSchema({ notes: defineTable({ meta: v.any(), tags: v.array(v.string()), extra: v.record(v.string(), v.string()) }) });
    let heaviest = 0;
    for (const d of fc.sample(fromSchema(notes, { sizePressure: 1 }), { seed: SEED, numRuns: 300 })) {
      for (const doc of d.tables.notes) heaviest = Math.max(heaviest, JSON.stringify(doc, big).length);
    }
    expect(heaviest).toBeGreaterThan(500_000);
    expect(heaviest).toBeLessThan(4 * 1024 * 1024);
  });

  test("a field that is never present (presence 0: what the migration adds) stays absent under size pressure", () => {
    const posts = defineSchema({ posts: defineTable({ title: v.string(), slug: v.optional(v.string()) }) });
    const datasets = fc.sample(fromSchema(posts, { sizePressure: 1, fields: { "posts.slug": { presence: 0 } } }), { seed: SEED, numRuns: 100 });
    expect(datasets.flatMap((d) => d.tables.posts).filter((post) => post.slug !== undefined)).toEqual([]);
    expect(datasets.some((d) => d.tables.posts.some((post) => String(post.title).length > 100_000))).toBe(true);
  });
});

const big = (_: string, value: unknown) => (typeof value === "bigint" ? String(value) : value instanceof ArrayBuffer ? "x".repeat(value.byteLength) : value);

describe("fromSchema's constraints", () => {
  const shop = defineSchema({
    users: defineTable({ name: v.string(), tier: v.optional(v.union(v.literal("free"), v.literal("pro"))), age: v.number() }),
    settings: defineTable({ userId: v.id("users"), theme: v.optional(v.string()) }).index("by_user", ["userId"]),
    carts: defineTable({ ownerId: v.id("users"), items: v.array(v.string()), note: v.optional(v.string()) }),
    orders: defineTable({ cartId: v.id("carts"), buyerId: v.id("users"), code: v.string() }),
  });
  const sample = (options: FromSchemaOptions, numRuns = 200) => fc.sample(fromSchema(shop, options), { seed: SEED, numRuns });

  test("unique: at most one document per key, without losing documents to it", () => {
    const datasets = sample({ tables: { settings: { unique: ["by_user"] } } });
    for (const { tables } of datasets) {
      const owners = tables.settings.map((s) => JSON.stringify(s.userId));
      expect(new Set(owners).size).toBe(owners.length);
    }
    expect(datasets.some((d) => d.tables.settings.length >= 4)).toBe(true);
  });

  test("exactlyOnePer: one document per document of the referenced table", () => {
    for (const { tables } of sample({ tables: { settings: { exactlyOnePer: "userId" } } })) {
      const owners = tables.settings.map((s) => (s.userId as { __ref: [string, number] }).__ref[1]).sort((a, b) => a - b);
      expect(owners).toEqual(tables.users.map((_, i) => i));
    }
  });

  test("same: a field equals the value reached through references", () => {
    const datasets = sample({ tables: { orders: { same: { buyerId: "cartId.ownerId" } } } });
    for (const { tables } of datasets) {
      for (const order of tables.orders) {
        const cart = tables.carts[(order.cartId as { __ref: [string, number] }).__ref[1]];
        expect(order.buyerId).toEqual(cart.ownerId);
      }
    }
    expect(datasets.some((d) => d.tables.orders.length > 0)).toBe(true);
  });

  test("field options: values, presences, ranges and lengths", () => {
    const datasets = sample({
      sizePressure: 0,
      fields: {
        "users.name": { value: fc.constantFrom("Ada", "Grace") },
        "users.tier": { presence: 1 },
        "users.age": { min: 18, max: 99, integer: true },
        "carts.items": { minLength: 1, maxLength: 2 },
        "carts.items[]": { minLength: 3, maxLength: 5 },
        "carts.note": { presence: 0 },
      },
    });
    for (const { tables } of datasets) {
      for (const user of tables.users) {
        expect(["Ada", "Grace"]).toContain(user.name);
        expect(user.tier).toBeDefined();
        expect(Number.isInteger(user.age) && (user.age as number) >= 18 && (user.age as number) <= 99).toBe(true);
      }
      for (const cart of tables.carts) {
        const items = cart.items as string[];
        expect(items.length >= 1 && items.length <= 2).toBe(true);
        for (const item of items) expect(item.length >= 3 && item.length <= 5).toBe(true);
        expect(cart.note).toBeUndefined();
      }
    }
  });

  test("table sizes reach 0, 1 and the batch boundaries, within the table's bounds", () => {
    const sizes = new Set(sample({ batchSize: 5 }, 300).map((d) => d.tables.carts.length));
    for (const n of [0, 1, 4, 5, 6]) expect(sizes).toContain(n);
    expect([...sizes].some((n) => n > 6)).toBe(true);
    for (const d of sample({ tables: { carts: { size: { min: 2, max: 3 } } } })) expect([2, 3]).toContain(d.tables.carts.length);
  });

  test("only: the chosen tables and those they must reference", () => {
    for (const d of sample({ only: ["orders"] }, 20)) expect(Object.keys(d.tables)).toEqual(["users", "carts", "orders"]);
  });
});

describe("what fromSchema cannot generate is refused at construction", () => {
  const table = (fields: Parameters<typeof defineTable>[0]) => defineTable(fields as never);

  test("a required reference of a table to itself, and a cycle of required references", () => {
    expect(() => fromSchema(defineSchema({ nodes: table({ parent: v.id("nodes") }) }))).toThrow(/nodes\.parent is a required reference of nodes to itself/);
    expect(() => fromSchema(defineSchema({ a: table({ b: v.id("b") }), b: table({ a: v.id("a") }) }))).toThrow(/cycle \(a\.b -> b\.a\)/);
    // An override of the field, or an optional side, makes either seedable.
    expect(() => fromSchema(defineSchema({ nodes: table({ parent: v.id("nodes") }) }), { fields: { "nodes.parent": { value: fc.constant(null) } } })).not.toThrow();
  });

  test("a required reference into a table forced empty, and a uniqueness the sizes make impossible", () => {
    const schema = defineSchema({ users: table({ name: v.string() }), settings: table({ userId: v.id("users"), on: v.boolean() }) });
    expect(() => fromSchema(schema, { tables: { users: { size: 0 } } })).toThrow(/settings\.userId must reference a users document, but options\.tables\.users\.size allows none/);
    expect(() => fromSchema(schema, { tables: { users: { size: { max: 2 } }, settings: { size: { min: 3 }, unique: ["userId"] } } })).toThrow(
      /options\.tables\.settings\.unique \[userId\] allows at most 2 documents of settings, but its size is at least 3/,
    );
    expect(() => fromSchema(schema, { tables: { settings: { size: 3, unique: ["on"] } } })).toThrow(/unique \[on\] allows at most 2/);
  });

  test("an unknown validator kind names the kind and the field path", () => {
    const odd = { kind: "mystery", isOptional: "required" } as never;
    const schema = { tables: { things: { validator: { kind: "object", isOptional: "required", fields: { inner: { kind: "object", isOptional: "required", fields: { odd } } } } as never } } };
    expect(() => fromSchema(schema)).toThrow('cannot generate values for validator kind "mystery" at things.inner.odd');
  });

  test("options that name nothing, or make no sense, name the option", () => {
    expect(() => fromSchema(leagueSchema, { only: ["nope"] })).toThrow(/options\.only names table "nope"/);
    expect(() => fromSchema(leagueSchema, { fields: { "teams.nope": {} } })).toThrow(/options\.fields\["teams\.nope"\] matches no field of teams/);
    expect(() => fromSchema(leagueSchema, { fields: { "teams.name": { min: 1 } } })).toThrow(/min, max and integer are for v\.number\(\)/);
    expect(() => fromSchema(leagueSchema, { fields: { "teams.name": { presence: 0.5 } } })).toThrow(/presence is for optional fields/);
    expect(() => fromSchema(leagueSchema, { tables: { players: { unique: ["by_nothing"] } } })).toThrow(/neither an index \(by_team\) nor a field/);
    expect(() => fromSchema(leagueSchema, { tables: { players: { same: { mentor: "teamId.nope" } } } })).toThrow(/teams has no field "nope"/);
    expect(() => fromSchema(leagueSchema, { batchSize: 0 })).toThrow(/options\.batchSize must be an integer of at least 1/);
    expect(() => fromSchema(leagueSchema, { sizePressure: 2 })).toThrow(/options\.sizePressure\.share must be between 0 and 1/);
  });
});
