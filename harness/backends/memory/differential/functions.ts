import { makeFunctionReference, mutationGeneric, queryGeneric } from "convex/server";
import { v } from "convex/values";
import { runQueryOp, runSearchOp, type Known } from "./queries.js";
import { patchValue, type Fields, type Op, type Outcome } from "./workload.js";

/**
 * The Convex functions that interpret a program's operations (workload.ts)
 * against `ctx.db`, one outcome per operation: errors are caught per
 * operation, so that one that throws (a patch of a deleted document, a
 * `.unique()` with two results, an index the schema lacks) is compared too.
 * Each function ends by reporting its transaction's metrics, through the
 * public `ctx.meta.getTransactionMetrics()`, on plain convex-test and on the
 * engine alike.
 *
 * `oracle: true` evaluates `.filter()` and `.limit()` in the function
 * itself, over the unfiltered query, the way production does (Convex's
 * ordering, every document scanned counted as read): what the engine's
 * corrections must match on plain convex-test.
 */
const args = { ops: v.any(), ids: v.array(v.string()), cursors: v.array(v.string()), oracle: v.boolean() };
type Args = { ops: Op[]; ids: string[]; cursors: string[]; oracle: boolean };

const applyRef = makeFunctionReference<"mutation">("diff:apply");
const throwingRef = makeFunctionReference<"mutation">("diff:applyThenThrow");
const readRef = makeFunctionReference<"query">("diff:read");

export const NESTED_FAILURE = "the nested mutation throws after its operations";

async function applyOps(ctx: any, { ops, ids, cursors, oracle }: Args): Promise<{ results: Outcome[]; inserted: string[]; metrics: unknown }> {
  const known: Known = { ids: [...ids], cursors };
  const inserted: string[] = [];
  const results: Outcome[] = [];
  for (const op of ops) {
    try {
      results.push({ ok: await applyOp(ctx, op, known, inserted, oracle) });
    } catch (error) {
      results.push({ error: (error as Error)?.message ?? String(error) });
    }
  }
  const metrics = await ctx.meta.getTransactionMetrics();
  return { results, inserted, metrics: Object.fromEntries(Object.entries(metrics).map(([k, m]: [string, any]) => [k, m.used])) };
}

async function applyOp(ctx: any, op: Op, known: Known, inserted: string[], oracle: boolean): Promise<unknown> {
  const pick = (ref: number) => (known.ids.length === 0 ? null : known.ids[ref % known.ids.length]);
  const nestedArgs = (ops: Op[]) => ({ ops, ids: known.ids, cursors: known.cursors, oracle });
  if ("insert" in op) {
    const id = await ctx.db.insert(op.insert.table, withDefaults(op.insert.doc));
    known.ids.push(id);
    inserted.push(id);
    return id;
  }
  if ("patch" in op) return pick(op.patch.ref) && (await ctx.db.patch(pick(op.patch.ref), patchValue(op.patch.fields)), "patched");
  if ("replace" in op) return pick(op.replace.ref) && (await ctx.db.replace(pick(op.replace.ref), withDefaults(op.replace.doc)), "replaced");
  if ("delete" in op) return pick(op.delete.ref) && (await ctx.db.delete(pick(op.delete.ref)), "deleted");
  if ("get" in op) return pick(op.get.ref) && (await ctx.db.get(pick(op.get.ref)));
  if ("query" in op || "paginate" in op) return runQueryOp(ctx, op, known, oracle);
  if ("search" in op) return runSearchOp(ctx, op.search, oracle);
  if ("nested" in op) {
    const result = await ctx.runMutation(applyRef, nestedArgs(op.nested));
    known.ids.push(...result.inserted);
    inserted.push(...result.inserted);
    return result.results;
  }
  if ("nestedThrows" in op) return ctx.runMutation(throwingRef, nestedArgs(op.nestedThrows));
  if ("staleQuery" in op) return (await ctx.runQuery(readRef, nestedArgs(op.staleQuery), { useStaleSnapshot: true })).results;
  return (await ctx.runQuery(readRef, nestedArgs(op.nestedQuery))).results;
}

/** `c` is the one required field (a search field): documents without one get an empty string. */
function withDefaults(doc: Fields): Fields {
  return { ...doc, c: doc.c ?? "" };
}

export const diffFunctions = {
  apply: mutationGeneric({ args, handler: (ctx, a) => applyOps(ctx, a as Args) }),
  applyThenThrow: mutationGeneric({
    args,
    handler: async (ctx, a) => {
      await applyOps(ctx, a as Args);
      throw new Error(NESTED_FAILURE);
    },
  }),
  read: queryGeneric({ args, handler: (ctx, a) => applyOps(ctx, a as Args) }),
};
