import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { checkPeerVersions, satisfies } from "./peers.js";

describe("peer versions", () => {
  test.each([
    ["0.0.60", ">=0.0.60 <0.0.72", true],
    ["0.0.71", ">=0.0.60 <0.0.72", true],
    ["0.0.72", ">=0.0.60 <0.0.72", false],
    ["0.0.59", ">=0.0.60 <0.0.72", false],
    ["1.48.0", "^1.48.0", true],
    ["1.60.2", "^1.48.0", true],
    ["2.0.0", "^1.48.0", false],
    ["4.1.12", ">=4.1.0 <5", false],
    ["4.1.12", ">=4.1.0 <5.0.0", true],
    ["5.0.0", ">=4.1.0 <5.0.0", false],
    ["12.0.1", "12.0.1", true],
  ])("%s in %s: %s", (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });

  const root = mkdtempSync(join(tmpdir(), "peers-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const install = (name: string, version: string) => {
    mkdirSync(join(root, "node_modules", name), { recursive: true });
    writeFileSync(join(root, "node_modules", name, "package.json"), JSON.stringify({ name, version }));
  };

  test("a version outside its range is one line at start-up naming it and the range", () => {
    install("convex-test", "0.0.80");
    install("vitest", "5.0.1");
    install("convex", "1.48.0");
    expect(() => checkPeerVersions(root, { "convex-test": ">=0.0.60 <0.0.72", vitest: ">=4.1.0 <5.0.0", convex: "^1.48.0" })).toThrow(
      "convex-migration-harness: unsupported convex-test 0.0.80 (supported: >=0.0.60 <0.0.72), vitest 5.0.1 (supported: >=4.1.0 <5.0.0)",
    );
  });

  test("this repository's own versions are supported", () => {
    expect(() => checkPeerVersions(process.cwd())).not.toThrow();
  });
});
