import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

/** Folders whose source comments a reader of this repository must be able to follow. */
const FOLDERS = ["harness", "generators", "suites", "convex", "bench"];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "_generated") return [];
    return statSync(path).isDirectory() ? sources(path) : /\.[cm]?[jt]s$/.test(name) ? [path] : [];
  });
}

test("no source comment points at a file outside the repository", () => {
  const outside = /\bDESIGN\.md\b|\bSTYLE\.md\b|\.\.\/shared\//;
  const found = FOLDERS.flatMap(sources).filter((file) => file !== join("harness", "sourceComments.test.ts") && outside.test(readFileSync(file, "utf8")));
  expect(found).toEqual([]);
});
