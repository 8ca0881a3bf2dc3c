import { formatValue } from "../model/format.js";
import type { Difference } from "./compare.js";

/**
 * One line per difference, in the order found:
 *   ~ apiKeys[apiKeys:1a2b3c4d].anthropic: expected "sk-ant-…", got (absent)
 *   - userSettings[userSettings:9f8e7d6c]: missing {userId: "users:…", …}
 *   + apiKeys[apiKeys:0a1b2c3d]: unexpected {userId: "users:…", …}
 */
export function formatDifferences(differences: Difference[], options: { max?: number } = {}): string {
  const max = options.max ?? Number.POSITIVE_INFINITY;
  const lines = differences.slice(0, max).map(formatDifference);
  if (differences.length > max) lines.push(`  … and ${differences.length - max} more difference(s)`);
  return lines.join("\n");
}

function formatDifference(difference: Difference): string {
  const path = difference.path === "" ? "(root)" : difference.path;
  switch (difference.kind) {
    case "missing":
      return `  - ${path}: missing ${formatValue(difference.expected)}`;
    case "extra":
      return `  + ${path}: unexpected ${formatValue(difference.actual)}`;
    case "changed":
      return `  ~ ${path}: expected ${formatValue(difference.expected)}, got ${formatValue(difference.actual)}`;
  }
}
