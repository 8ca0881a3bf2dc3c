import { convexTest } from "../convexTest/index.js";
import { defineSchema, defineTable, makeFunctionReference } from "convex/server";
import { v } from "convex/values";
import { vi } from "vitest";
import { measureCall, newInterceptState } from "../measure/intercept.js";
import type { TransactionUsage } from "../../../model/limits.js";
import { attachEngine } from "../adapter.js";
import { diffFunctions } from "./functions.js";
import { countScannedPage, isPageStep } from "./oraclePage.js";
import type { Outcome, Program, Step, TableSpec } from "./workload.js";

/** How a program runs: plain convex-test, or the engine with or without its `.filter()` corrections. */
export type Mode = { engine: false; oracle: boolean } | { engine: true; convexFilters: boolean };

export interface Trace {
  /** Each step's outcome: the function's results and metrics, or what it threw. */
  steps: Outcome[];
  /** Every table through every index, in index order, after the last step. */
  final: Record<string, unknown>;
  /** The engine's measurement of each step (its transaction-end hook), to compare with what the step reported. */
  measured: TransactionUsage[][];
}

/** Creation times come from a clock the driver sets per step, so that both runs mint the same ones. */
const START = 1_750_000_000_000;

/** Runs a program on a fresh instance, step by step, and records what each answered. */
export async function runProgram(program: Program, mode: Mode): Promise<Trace> {
  let clock = START;
  const now = vi.spyOn(Date, "now").mockImplementation(() => clock);
  try {
    const t = convexTest({ schema: schemaOf(program.tables), modules: { "./_generated/api.js": async () => ({}), "./diff.ts": async () => diffFunctions } });
    const state = newInterceptState(mode.engine ? mode.convexFilters : false);
    // Attaching runs one empty transaction; the plain run gets one too, so that commit timestamps agree.
    if (mode.engine) await attachEngine(t, state);
    else await t.run(async () => null);
    const trace: Trace = { steps: [], final: {}, measured: [] };
    const known = { ids: [] as string[], cursors: [] as string[] };
    for (const [i, step] of program.steps.entries()) {
      clock = START + (i + 1) * 1000;
      const args = { ops: step.ops, ids: known.ids, cursors: known.cursors, oracle: !mode.engine && mode.oracle };
      const measured = await measureCall(state, () => call(t, step, args));
      trace.measured.push(measured.measurement.transactions);
      const outcome: Outcome = measured.ok ? { ok: measured.value } : { error: (measured.error as Error).message };
      if (!mode.engine && mode.oracle && isPageStep(step)) await countScannedPage(t, step, args, outcome);
      trace.steps.push(outcome);
      learn(outcome, known);
    }
    trace.final = await t.run(async (ctx: any) => {
      const tables: Record<string, unknown> = {};
      for (const table of program.tables) {
        tables[table.name] = await ctx.db.query(table.name).collect();
        for (const { name } of table.indexes) tables[`${table.name}.${name}`] = (await ctx.db.query(table.name).withIndex(name).order("desc").collect()).map((d: any) => d._id);
      }
      return tables;
    });
    return trace;
  } finally {
    now.mockRestore();
  }
}

function call(t: any, step: Step, args: Record<string, unknown>): Promise<unknown> {
  if (step.kind === "query") return t.query(makeFunctionReference<"query">("diff:read"), args);
  return t.mutation(makeFunctionReference<"mutation">(step.throws ? "diff:applyThenThrow" : "diff:apply"), args);
}

/** The ids a step inserted and the cursors its pages returned, for later steps to refer to. */
function learn(outcome: Outcome, known: { ids: string[]; cursors: string[] }): void {
  if (!("ok" in outcome)) return;
  const { results, inserted } = outcome.ok as { results: Outcome[]; inserted: string[] };
  known.ids.push(...inserted);
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== "object") return;
    const page = value as Record<string, unknown>;
    // The end cursor is drawn on its own; a page that ended the range adds nothing new.
    if (typeof page.continueCursor === "string" && page.continueCursor !== "_end_cursor") known.cursors.push(page.continueCursor);
    if (typeof page.splitCursor === "string") known.cursors.push(page.splitCursor);
    if ("ok" in page) walk(page.ok);
  };
  walk(results);
}

function schemaOf(tables: TableSpec[]) {
  return defineSchema(
    Object.fromEntries(
      tables.map((spec) => {
        let table: any = defineTable({ a: v.optional(v.any()), b: v.optional(v.number()), c: v.string(), n: v.optional(v.any()) });
        for (const { name, fields } of spec.indexes) table = table.index(name, fields);
        if (spec.search) table = table.searchIndex("search", { searchField: "c", filterFields: ["a"] });
        return [spec.name, table];
      }),
    ),
  );
}
