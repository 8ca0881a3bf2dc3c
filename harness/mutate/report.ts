import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { MigrationMutation, MutationReport } from "./results.js";
import { renderMutationMarkdown } from "./markdown.js";

export const MUTATION_DIR = "mutation";
const JSON_FILE = "mutation.json";
const MARKDOWN_FILE = "summary.md";

/** <reports>/mutation/, relative to the root. */
export function mutationDir(reports: string): string {
  return `${reports}/${MUTATION_DIR}`;
}

/** Where one migration's StrykerJS files go (config, log, HTML, incremental file), relative to the root. */
export function migrationDir(reports: string, migration: string): string {
  return `${mutationDir(reports)}/${migration}`;
}

export function readMutationReport(root: string, reports: string): MutationReport | null {
  const file = join(root, mutationDir(reports), JSON_FILE);
  if (!existsSync(file)) return null;
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as MutationReport;
    return parsed.schemaVersion === 1 && parsed.migrations ? parsed : null;
  } catch {
    return null;
  }
}

/** Adds (or replaces) one migration's result, and rewrites mutation.json and summary.md. */
export function recordMigration(root: string, reports: string, result: MigrationMutation): MutationReport {
  const report = readMutationReport(root, reports) ?? { schemaVersion: 1, migrations: {} };
  report.migrations[result.migration] = result;
  const dir = join(root, mutationDir(reports));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, JSON_FILE), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, MARKDOWN_FILE), renderMutationMarkdown(report));
  return report;
}
