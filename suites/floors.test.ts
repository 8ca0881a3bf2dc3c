import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { analyse, FLOORS } from "../scripts/importGraph.js";

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
