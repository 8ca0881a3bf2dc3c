import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { findFiles } from "../model/files.js";
import type { MutationTargets } from "./targets.js";

/** Extensions an import without one may resolve to, and what `./x.js` may stand for. */
const EXTENSIONS = [".ts", ".tsx", ".js", ".mjs", ".cjs"];

/** `import … from "./x"`, `export … from "./x"`, `import "./x"`, with the clause before `from` when there is one. */
const IMPORT = /^\s*(import|export)\s+(?:([^'";]*?)\s+from\s+)?["']([^"']+)["']/gm;

/**
 * The files StrykerJS mutates for one migration, relative to the root: the
 * modules of forward and rollback, every app module they import (relative
 * imports, followed through the Convex folder; type-only imports carry no
 * code), then the spec's own `mutate` globs. Never the generated code, the
 * schema (the contract the harness checks documents against, which the
 * harness itself loads, not code of the migration) or test files.
 */
export function filesToMutate(root: string, convexDir: string, targets: MutationTargets): string[] {
  const inApp = (file: string) =>
    file.startsWith(`${convexDir}/`) && !file.includes("/_generated/") && file !== `${convexDir}/schema.ts` && !/\.test\.[cm]?[jt]sx?$/.test(file);
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file) || !inApp(file)) return;
    found.add(file);
    for (const spec of relativeImports(readFileSync(join(root, file), "utf8"))) {
      const target = resolveImport(root, join(dirname(file), spec));
      if (target) visit(target);
    }
  };
  // A module that is not the app's (a fault's, from the spec's faultModules) is no code of the app to mutate.
  for (const module of targets.modules) {
    const file = resolveImport(root, `${convexDir}/${module}`);
    if (file) visit(file);
  }
  const unmatched = targets.extra.filter((glob) => findFiles(root, [glob]).length === 0);
  if (unmatched.length > 0) throw new Error(`the spec's \`mutate\` matches no file: ${unmatched.join(", ")}`);
  const files = [...new Set([...found, ...(targets.extra.length > 0 ? findFiles(root, targets.extra) : [])])].sort();
  if (files.length === 0) throw new Error(`nothing to mutate: no module of ${targets.modules.join(", ")} is under ${convexDir}/, and the spec's \`mutate\` names no file`);
  return files;
}

/** The relative module specifiers a source imports for their code (not `import type`, not `{ type A }` alone). */
export function relativeImports(source: string): string[] {
  const out: string[] = [];
  for (const [, , clause = "", spec] of source.matchAll(IMPORT)) {
    if (!spec.startsWith(".")) continue;
    if (/^type\s/.test(clause)) continue;
    const named = /^\{([^}]*)\}$/.exec(clause.trim());
    if (named && named[1].split(",").map((s) => s.trim()).filter(Boolean).every((s) => s.startsWith("type "))) continue;
    out.push(spec);
  }
  return out;
}

/** `convex/lib/x` or `convex/lib/x.js` to the file it names, relative to the root, or null. */
function resolveImport(root: string, path: string): string | null {
  const base = normalize(path).split("\\").join("/");
  const stem = base.replace(/\.[cm]?js$/, "");
  const candidates = [base, ...EXTENSIONS.map((ext) => stem + ext), ...EXTENSIONS.map((ext) => `${stem}/index${ext}`)];
  const hit = candidates.find((c) => existsSync(join(root, c)) && statSync(join(root, c)).isFile());
  return hit ? relative(root, join(root, hit)).split("\\").join("/") : null;
}
