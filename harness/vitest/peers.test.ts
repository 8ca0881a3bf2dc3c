import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
    install("vitest", "6.0.1");
    install("convex", "1.23.0");
    expect(() => checkPeerVersions(root, { vitest: ">=3.2.0 <6.0.0", convex: ">=1.24.0 <2.0.0" })).toThrow(
      "convex-migration-harness: unsupported convex 1.23.0 (supported: >=1.24.0 <2.0.0), vitest 6.0.1 (supported: >=3.2.0 <6.0.0)",
    );
  });

  test("the app's convex-test is not checked: any release, or none, runs (the engine has its own)", () => {
    const app = mkdtempSync(join(tmpdir(), "peers-app-"));
    try {
      for (const [name, version] of [["convex-test", "0.0.73"], ["convex", "1.24.8"], ["vitest", "3.2.4"]]) {
        mkdirSync(join(app, "node_modules", name), { recursive: true });
        writeFileSync(join(app, "node_modules", name, "package.json"), JSON.stringify({ name, version }));
      }
      expect(() => checkPeerVersions(app)).not.toThrow();
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });

  test("the declared peers are the supported stacks: convex from 1.14, vitest 3.2 to 5, no convex-test", () => {
    const pkg = JSON.parse(readFileSync(join(process.cwd(), "package.json"), "utf8")) as { peerDependencies: Record<string, string>; dependencies: Record<string, string> };
    expect(pkg.peerDependencies["convex-test"]).toBeUndefined();
    for (const version of ["1.14.0", "1.17.4", "1.24.8", "1.31.2", "1.48.0", "1.51.0"]) expect(satisfies(version, pkg.peerDependencies.convex), version).toBe(true);
    // 1.13 has no createFunctionHandle, which ./convex imports: a deployment bundling it fails.
    expect(satisfies("1.13.2", pkg.peerDependencies.convex)).toBe(false);
    for (const version of ["3.2.4", "4.1.12", "5.1.2"]) expect(satisfies(version, pkg.peerDependencies.vitest), version).toBe(true);
    // No plain `convex` dependency: npm would nest it for an app on another convex, and the app-side helpers would load it.
    expect(pkg.dependencies.convex).toBeUndefined();
  });

  test("this repository's own versions are supported", () => {
    expect(() => checkPeerVersions(process.cwd())).not.toThrow();
  });
});
