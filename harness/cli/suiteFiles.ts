import { readdirSync } from "node:fs";

/** The migration suites (`suites/<migration>.prop.test.ts`), optionally only the named migrations. */
export function migrationSuiteFiles(migrations?: readonly string[]): string[] {
  return readdirSync("suites")
    .filter((f) => f.endsWith(".prop.test.ts"))
    .filter((f) => !migrations || migrations.includes(f.replace(/\.prop\.test\.ts$/, "")))
    .map((f) => `suites/${f}`);
}
