import { getDocumentSize, type Value } from "convex/values";
import { makeFunctionReference } from "convex/server";
import type { Op, Outcome, Step } from "./workload.js";

type PageOp = Extract<Op, { paginate: unknown }>;
type Page = { page: Array<{ _id: string }>; isDone: boolean };
type Metrics = Record<string, number>;

/**
 * A step that only pages with `.filter()`s: the oracle cannot re-evaluate a
 * page in the function (one `.paginate()` per function), so its filters stay
 * equality tests, which convex-test already evaluates with Convex's order,
 * and what production also reads (the documents the filters rejected inside
 * the page's range) is added to the step's metrics here.
 */
export function isPageStep(step: Step): boolean {
  return step.kind === "query" && step.ops.length === 1 && "paginate" in step.ops[0] && step.ops[0].paginate.filters.length > 0;
}

/**
 * Adds to a page step's reported reads the documents its filters rejected:
 * those an unfiltered page from the same cursor holds up to the filtered
 * page's last document (or all of them when the page ended the range).
 */
export async function countScannedPage(t: any, step: Step, args: Record<string, unknown>, outcome: Outcome): Promise<void> {
  if (!("ok" in outcome)) return;
  const reported = outcome.ok as { results: Outcome[]; metrics: Metrics };
  const [result] = reported.results;
  if (!("ok" in result)) return;
  const page = result.ok as Page;
  const op = step.ops[0] as PageOp;
  const unfiltered: PageOp = { ...op, paginate: { ...op.paginate, filters: [] }, numItems: 1_000_000 };
  const all = (await t.query(makeFunctionReference<"query">("diff:read"), { ...args, ops: [unfiltered] })).results[0].ok as Page;
  const last = page.page.at(-1)?._id;
  const end = page.isDone || last === undefined ? all.page.length : all.page.findIndex((d) => d._id === last) + 1;
  const kept = new Set(page.page.map((d) => d._id));
  const rejected = all.page.slice(0, end).filter((d) => !kept.has(d._id));
  reported.metrics.documentsRead += rejected.length;
  reported.metrics.bytesRead += rejected.reduce((n, d) => n + getDocumentSize(d as unknown as Record<string, Value>), 0);
}
