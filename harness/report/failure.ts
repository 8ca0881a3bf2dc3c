import type { Dataset } from "../model/dataset.js";
import { formatValue } from "../model/format.js";
import type { CheckResult, FailedResult } from "../model/result.js";

/**
 * Renders a failure the way fast-check renders its own: what broke, where,
 * the shrunk dataset, the difference, and the command that replays it.
 *
 * @example
 * const result = await checkMigration(spec, { invariant: "roundTrip" });
 * if (result.status === "failed") throw new Error(formatFailure(result));
 */
export function formatFailure(result: FailedResult): string {
  const { failure } = result;
  return [
    `${result.migration} › ${result.invariant} failed on the ${result.backend} backend`,
    `  ${cutLong(failure.summary)}`,
    "",
    `Property failed after ${result.runs} run(s) and ${result.shrinks} shrink(s) ` +
      `{ seed: ${result.seed}, path: "${result.path}" }`,
    ...(result.shrinkCutShort
      ? [
          `Shrinking was cut short at its budget (${Math.round(result.shrinkCutShort.budgetMs / 1000)} s): this is the smallest counterexample found by then. ` +
            "Give it longer with HARNESS_SHRINK_BUDGET_MS=<ms> or the spec's `shrinkBudgetMs`.",
        ]
      : []),
    "",
    `Counterexample (shrunk): ${describeSize(result.dataset)}`,
    ...formatDataset(result.dataset).map((line) => `  ${line}`),
    ...(result.params !== undefined ? [`  params: ${JSON.stringify(result.params)}`] : []),
    "",
    ...failure.details.map(cutLong),
    "",
    "Replay:",
    `  ${result.replay}`,
  ].join("\n");
}

/** Longest line of a message kept whole: an accounting message may quote a value near 1 MiB. */
const LINE_LIMIT = 2_000;

function cutLong(line: string): string {
  return line.length <= LINE_LIMIT ? line : `${line.slice(0, LINE_LIMIT)}… (${line.length - LINE_LIMIT} more characters)`;
}

/** One line per result, for summaries. */
export function formatResultLine(result: CheckResult): string {
  const where = `${result.migration} › ${result.invariant} [${result.backend}]`;
  switch (result.status) {
    case "passed":
      return `✓ ${where}: ${result.runs} runs, seed ${result.seed}`;
    case "failed":
      return `✗ ${where}: ${result.failure.summary}`;
    case "not-applicable":
      return `- ${where}: not applicable (${result.reason})`;
    case "skipped":
      return `↓ ${where}: skipped (${result.reason})`;
  }
}

/** `2 document(s): 1 users, 1 notes`, or `an empty database`. */
export function describeSize(dataset: Dataset): string {
  const counts = Object.entries(dataset.tables).filter(([, docs]) => docs.length > 0);
  const total = counts.reduce((n, [, docs]) => n + docs.length, 0);
  if (total === 0) return "an empty database";
  return `${total} document(s): ${counts.map(([table, docs]) => `${docs.length} ${table}`).join(", ")}`;
}

/** The dataset, one document a line, references shown as table[index]. */
export function formatDataset(dataset: Dataset): string[] {
  const lines: string[] = [];
  for (const [table, docs] of Object.entries(dataset.tables)) {
    docs.forEach((doc, index) => lines.push(`${table}[${index}] ${formatValue(doc)}`));
  }
  for (const { table, index, fields } of dataset.patches ?? []) lines.push(`patched after the inserts: ${table}[${index}] ${formatValue(fields)}`);
  for (const { table, index } of dataset.deleted ?? []) lines.push(`deleted after seeding: ${table}[${index}]`);
  return lines;
}
