import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { analyse, FLOORS, importGraph } from "../scripts/importGraph.js";

/**
 * The floors stay floors: a change that imports up a floor, closes a cycle,
 * or reaches into another folder's internals fails here, naming the import.
 * `npm run floors -- --verbose` prints the same figures.
 */
const root = fileURLToPath(new URL("..", import.meta.url));
const report = analyse(root);
const edges = (list: { from: string; to: string }[]) => list.map((e) => `${e.from} -> ${e.to}`);

describe("the package's import graph", () => {
  test("has no cycle among files", () => {
    expect(report.fileCycles).toEqual([]);
  });
  test("has no cycle among folders", () => {
    expect(report.folderCycles).toEqual([]);
    expect(report.roomCycles).toEqual([]);
  });
  test("imports only down harness/'s floors", () => {
    expect(edges(report.upward)).toEqual([]);
    expect(report.unknownRooms).toEqual([]);
  });
  test("keeps generators on the vocabulary, fixtures out of the package and _internals inside their folder", () => {
    expect(edges(report.outOfBounds)).toEqual([]);
    expect(edges(report.internalsReached)).toEqual([]);
  });
  test("holds only index.ts at harness/'s root, and every room on a floor", () => {
    const loose = readdirSync(`${root}/harness`, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
    expect(loose).toEqual(["index.ts"]);
    const rooms = readdirSync(`${root}/harness`, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== "testing").map((e) => e.name);
    expect(rooms.filter((r) => !FLOORS.some((floor) => floor.includes(r)))).toEqual([]);
  });
  test("sees the whole package (the graph is read, not empty)", () => {
    expect(report.files).toBeGreaterThan(150);
    expect(report.edges).toBeGreaterThan(500);
  });
});

describe("dist", () => {
  const build = JSON.parse(readFileSync(`${root}/tsconfig.build.json`, "utf8")) as { include: string[]; files: string[] };
  const pkg = JSON.parse(readFileSync(`${root}/package.json`, "utf8")) as { exports: Record<string, { default?: string } | string>; bin: Record<string, string> };
  const source = (built: string) => built.replace(/^\.\/dist\//, "").replace(/\.js$/, ".ts");

  test("is compiled from the entry points alone, so it holds only what they reach", () => {
    expect(build.include).toEqual([]);
    const entries = [...Object.values(pkg.exports), ...Object.values(pkg.bin)]
      .map((e) => (typeof e === "string" ? e : e.default))
      .filter((e): e is string => e !== undefined && e.endsWith(".js"))
      .map(source);
    for (const entry of entries) expect(build.files).toContain(entry);
  });
  test("reaches no test fixture, differential driver or repository script", () => {
    const { edges } = importGraph(root, ["harness", "generators"]);
    const next = new Map<string, string[]>();
    for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
    const reached = new Set<string>();
    const stack = [...build.files];
    while (stack.length > 0) {
      const file = stack.pop()!;
      if (reached.has(file)) continue;
      reached.add(file);
      stack.push(...(next.get(file) ?? []));
    }
    expect([...reached].filter((f) => /\/(testing|differential)\//.test(f))).toEqual([]);
    expect(reached.size).toBeGreaterThan(100);
  });
});
