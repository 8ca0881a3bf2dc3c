import type { Dataset, DatasetValue } from "../model/dataset.js";
import { isRefMarker } from "../model/dataset.js";
import type { CheckResult, FailedResult } from "../model/result.js";

/** Longest value shown in a counterexample line before it is cut with "…". */
const MAX_VALUE = 80;

/**
 * Renders a failure the way fast-check renders its own: what broke, where,
 * the shrunk dataset, the difference, and the command that replays it.
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

function describeSize(dataset: Dataset): string {
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

export function formatValue(value: DatasetValue | unknown): string {
  if (isRefMarker(value)) return `${value.__ref[0]}[${value.__ref[1]}]`;
  if (typeof value === "string") return JSON.stringify(truncate(value));
  if (typeof value === "bigint") return `${value}n`;
  if (value instanceof ArrayBuffer) return `<${value.byteLength} bytes>`;
  if (Array.isArray(value)) {
    const shown = value.slice(0, 5).map(formatValue);
    return `[${shown.join(", ")}${value.length > 5 ? `, … ${value.length - 5} more` : ""}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    // A seed marker the app resolves ({ __encrypt: "x", key: "wrong" }) reads as a call: encrypt("x", key: "wrong").
    const marker = entries.filter(([k]) => k.startsWith("__"));
    if (marker.length === 1) {
      const [[name, payload]] = marker;
      const options = entries.filter(([k]) => !k.startsWith("__")).map(([k, v]) => `, ${k}: ${formatValue(v)}`);
      return `${name.slice(2)}(${formatValue(payload)}${options.join("")})`;
    }
    return `{ ${entries.map(([k, v]) => `${k}: ${formatValue(v)}`).join(", ")} }`;
  }
  return String(value);
}

function truncate(text: string): string {
  return text.length <= MAX_VALUE ? text : `${text.slice(0, MAX_VALUE)}… (${text.length} chars)`;
}
