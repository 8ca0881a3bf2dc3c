import { appendFileSync, mkdirSync } from "node:fs";

/** Where bench files leave their figures for harness/cli/bench.ts to gather. */
export const FIGURES_FILE = "reports/bench-figures.jsonl";

/** Records one measurement and prints it, so a plain vitest run shows it too. */
export function recordFigure(group: string, name: string, figure: Record<string, number | string>): void {
  mkdirSync("reports", { recursive: true });
  appendFileSync(FIGURES_FILE, JSON.stringify({ group, name, ...figure }) + "\n");
  console.log(`${group} ${name}: ${JSON.stringify(figure)}`);
}
