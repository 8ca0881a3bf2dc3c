import type { QueryArgs } from "../../spec/integrityOptions.js";
import { compareValues } from "../../snapshot/compare.js";
import { formatDifferences } from "../../snapshot/diff.js";
import { stableStringify } from "../../snapshot/canonical.js";

/** How the two queries disagree for one argument, as data plus readable lines. */
export interface QueryMismatch {
  args: QueryArgs;
  argsText: string;
  /** In the old result only (for id lists). */
  missing: unknown[];
  /** In the new result only (for id lists). */
  extra: unknown[];
  lines: string[];
}

const MAX_IDS = 8;

/**
 * Compares the normalized results per argument. `describe` turns an id into
 * a readable line (the document it names), so a reader sees which threads
 * went missing, not only their ids.
 */
export function queryMismatches(
  argsList: QueryArgs[],
  expected: unknown[],
  actual: unknown[],
  describe: (id: string) => string = (id) => id,
): QueryMismatch[] {
  const mismatches: QueryMismatch[] = [];
  argsList.forEach((args, i) => {
    if (stableStringify(expected[i]) === stableStringify(actual[i])) return;
    const argsText = stableStringify(args);
    if (isStringList(expected[i]) && isStringList(actual[i])) {
      const { missing, extra } = listDifference(expected[i] as string[], actual[i] as string[]);
      mismatches.push({
        args, argsText, missing, extra,
        lines: [
          `args ${argsText}: old returned ${(expected[i] as string[]).length}, new returned ${(actual[i] as string[]).length}`,
          ...shown("missing from new", missing, describe),
          ...shown("only in new", extra, describe),
        ],
      });
      return;
    }
    const comparison = compareValues(expected[i], actual[i]);
    mismatches.push({
      args, argsText, missing: [], extra: [],
      lines: [`args ${argsText}:`, ...formatDifferences(comparison.differences, { max: 6 }).split("\n")],
    });
  });
  return mismatches;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** Multiset difference, so a duplicated result counts as a difference too. */
function listDifference(expected: string[], actual: string[]): { missing: string[]; extra: string[] } {
  const left = new Map<string, number>();
  for (const id of actual) left.set(id, (left.get(id) ?? 0) + 1);
  const missing: string[] = [];
  for (const id of expected) {
    const n = left.get(id) ?? 0;
    if (n > 0) left.set(id, n - 1);
    else missing.push(id);
  }
  const extra = [...left].flatMap(([id, n]) => Array<string>(n).fill(id));
  return { missing, extra };
}

function shown(label: string, ids: string[], describe: (id: string) => string): string[] {
  if (ids.length === 0) return [];
  return [
    `${label}: ${ids.length}`,
    ...ids.slice(0, MAX_IDS).map((id) => `  ${describe(id)}`),
    ...(ids.length > MAX_IDS ? [`  … ${ids.length - MAX_IDS} more`] : []),
  ];
}
