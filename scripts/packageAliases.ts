import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * This repository is the package too: its suites import it by name, as an
 * app would, from source. The entry -> source map is tsconfig.json's `paths`
 * (what the typechecker resolves), turned into vite aliases for the
 * repository's vitest configs, so the two never disagree.
 */
export function packageAliases(): Array<{ find: RegExp; replacement: string }> {
  const root = new URL("../", import.meta.url);
  const tsconfig = JSON.parse(readFileSync(new URL("tsconfig.json", root), "utf8")) as { compilerOptions: { paths: Record<string, string[]> } };
  return Object.entries(tsconfig.compilerOptions.paths).map(([entry, [source]]) => ({
    find: new RegExp(`^${entry.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`),
    replacement: fileURLToPath(new URL(source, root)),
  }));
}
