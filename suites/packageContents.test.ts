import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, test } from "vitest";

/**
 * What an installed user gets: the files npm packs, as `npm pack` lists
 * them (scripts skipped, so dist is whatever the last build left; the
 * tests read only what does not depend on it), and what the build config
 * emits beside each compiled module.
 */
const root = fileURLToPath(new URL("..", import.meta.url));
let packed: Set<string>;

beforeAll(() => {
  const listing = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  packed = new Set((JSON.parse(listing) as Array<{ files: Array<{ path: string }> }>)[0].files.map((f) => f.path));
}, 60_000);

/** The files the build config emits for one module, compiled alone, by output path relative to the root. */
function emitWithBuildConfig(source: string): Map<string, string> {
  const parsed = ts.getParsedCommandLineOfConfigFile(resolve(root, "tsconfig.build.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(String(d.messageText)); } });
  if (!parsed) throw new Error("tsconfig.build.json did not parse");
  // The emit needs no types: skip the libraries and type packages that only checking reads.
  const program = ts.createProgram([resolve(root, source)], { ...parsed.options, noEmit: false, noLib: true, types: [], noResolve: true });
  const out = new Map<string, string>();
  program.emit(program.getSourceFile(resolve(root, source)), (file, text) => out.set(relative(root, file), text));
  return out;
}

describe("the packed package", () => {
  test("ships no source map that names a file it does not ship (vitest warns once per such map, and stack frames point at nothing)", () => {
    const emitted = emitWithBuildConfig("harness/model/seed.ts");
    expect([...emitted.keys()]).toContain("dist/harness/model/seed.js");
    const dangling: string[] = [];
    for (const [file, text] of emitted) {
      if (!file.endsWith(".map")) continue;
      const map = JSON.parse(text) as { sources: string[]; sourcesContent?: Array<string | null> };
      map.sources.forEach((source, i) => {
        const shipped = relative(root, resolve(root, dirname(file), source));
        if (map.sourcesContent?.[i] == null && !packed.has(shipped)) dangling.push(`${file} -> ${shipped}`);
      });
    }
    expect(dangling).toEqual([]);
  });

  test("holds every doc the README points at", () => {
    const readme = readFileSync(resolve(root, "README.md"), "utf8");
    const docs = [...new Set(readme.match(/\bdocs\/[\w.-]+\.md\b/g) ?? [])];
    expect(docs.length).toBeGreaterThan(2);
    expect(docs.filter((doc) => !packed.has(doc))).toEqual([]);
  });
});

/** Every name the package's entries export (each entry is a hand-written list of `export { ... } from`). */
function publicNames(): Set<string> {
  const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")) as { exports: Record<string, { types?: string } | string> };
  const names = new Set<string>();
  for (const entry of Object.values(pkg.exports)) {
    if (typeof entry === "string" || !entry.types) continue;
    const source = entry.types.replace(/^\.\/dist\//, "").replace(/\.d\.ts$/, ".ts");
    for (const list of readFileSync(resolve(root, source), "utf8").matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
      for (const item of list[1].split(",")) {
        const name = item.replace(/^\s*type\s+/, "").split(/\s+as\s+/).pop()!.trim();
        if (name) names.add(name);
      }
    }
  }
  return names;
}

/** Exported functions, constants and classes whose TSDoc shows an example, by file. */
function documentedExamples(folder: string): Array<{ file: string; name: string; internal: boolean }> {
  const found: Array<{ file: string; name: string; internal: boolean }> = [];
  for (const entry of readdirSync(resolve(root, folder), { recursive: true, withFileTypes: true })) {
    const file = relative(root, resolve(entry.parentPath, entry.name));
    if (!entry.isFile() || !file.endsWith(".ts") || file.endsWith(".test.ts") || /\/(testing|_internals|differential)\//.test(file)) continue;
    for (const [, doc, name] of readFileSync(resolve(root, file), "utf8").matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*?)\*\/\s*export\s+(?:async\s+)?(?:function|const|class)\s+(\w+)/g)) {
      if (doc.includes("@example")) found.push({ file, name, internal: doc.includes("@internal") });
    }
  }
  return found;
}

describe("the declarations a user reads", () => {
  test("show an example only of a name the entries export, or say the name is internal", () => {
    const names = publicNames();
    expect(names.size).toBeGreaterThan(40);
    const examples = [...documentedExamples("harness"), ...documentedExamples("generators")];
    expect(examples.filter((e) => names.has(e.name)).length).toBeGreaterThan(10);
    expect(examples.filter((e) => !names.has(e.name) && !e.internal).map((e) => `${e.file}: ${e.name}`)).toEqual([]);
  });
});
