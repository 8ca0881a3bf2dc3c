import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { resolveHarnessOptions } from "../vitest/options.js";
import { sourceFiles, sourceHash } from "./provenance.js";

describe("what a certificate's source hash covers", () => {
  const root = mkdtempSync(join(tmpdir(), "provenance-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text = "x") => {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  for (const path of ["convex/schema.ts", "convex/lib/steps.ts", "convex/migrations/m.ts", "convex/_generated/api.js", "tests/m.migration.ts", "tests/m.accounting.ts", "tests/corpus/m.json", "generators/x.ts", "other/y.ts"]) write(path);
  write("package-lock.json", JSON.stringify({ packages: { "node_modules/convex": { version: "1.48.0" }, "node_modules/convex-test": { version: "0.0.60" }, "node_modules/fast-check": { version: "4.10.2" } } }));
  const options = resolveHarnessOptions({ specs: "tests/*.migration.ts", corpus: "tests/corpus", certificateSources: ["generators/**"] }, root);

  test("every file that can change a verdict: the whole Convex folder but _generated, the specs and their folder, the configured sources; not the corpus", () => {
    expect(sourceFiles(options)).toEqual(["convex/lib/steps.ts", "convex/migrations/m.ts", "convex/schema.ts", "generators/x.ts", "tests/m.accounting.ts", "tests/m.migration.ts"]);
  });

  test("a change to the migration's logic in convex/lib, or to a locked version, changes the hash; the corpus does not", () => {
    const before = sourceHash(options);
    write("tests/corpus/m.json", "another saved failure");
    expect(sourceHash(options)).toBe(before);
    write("convex/lib/steps.ts", "changed");
    const changed = sourceHash(options);
    expect(changed).not.toBe(before);
    write("package-lock.json", JSON.stringify({ packages: { "node_modules/convex": { version: "1.48.0" }, "node_modules/convex-test": { version: "0.0.71" }, "node_modules/fast-check": { version: "4.10.2" } } }));
    expect(sourceHash(options)).not.toBe(changed);
  });
});
