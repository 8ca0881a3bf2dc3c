/**
 * The import graph of the package's source (harness/ and generators/, tests
 * excluded), read from the files' import statements, type imports included.
 * `npm run floors` prints its figures; suites/floors.test.ts keeps harness/'s
 * floors one way down and the graph free of cycles.
 *
 * The rules: an import never closes a cycle, among files or among folders; a
 * room of harness/ (its top-level folder) imports only rooms on its own floor
 * or below; generators/ imports only harness/model (the vocabulary both
 * share); a folder's `_internals/` is imported from inside that folder only;
 * test fixtures (`testing/` folders) may import anything and nothing of the
 * package imports them.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** harness/'s floors, bottom first: a folder imports only folders on its floor or below. */
export const FLOORS: readonly (readonly string[])[] = [
  ["model", "convex"],
  ["backends"],
  ["snapshot", "validate", "corpus", "snapshotImport"],
  ["spec"],
  ["engine"],
  ["invariants"],
  ["report"],
  ["certify", "fuzz", "mutate"],
  ["vitest"],
  ["cli"],
  ["index.ts"],
];

export interface ImportEdge {
  readonly from: string;
  readonly to: string;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name === "node_modules" || name === "_generated") continue;
      walk(path, out);
    } else if (/\.tsx?$/.test(name) && !/\.(test|e2e|bench)\.ts$/.test(name) && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

/** Every relative import between the source files under `roots` (paths relative to `root`). */
export function importGraph(root: string, roots: readonly string[]): { files: string[]; edges: ImportEdge[] } {
  const files = roots.flatMap((r) => walk(join(root, r), [])).map((f) => relative(root, f));
  const known = new Set(files);
  const edges: ImportEdge[] = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2];
      if (!spec || !spec.startsWith(".")) continue;
      const base = relative(root, resolve(root, dirname(file), spec)).replace(/\.js$/, "");
      const target = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((c) => known.has(c));
      if (target && target !== file) edges.push({ from: file, to: target });
    }
  }
  return { files, edges };
}

/** Strongly connected components with more than one member (Tarjan). */
export function cycles(nodes: readonly string[], edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const e of edges) if (e.from !== e.to) next.get(e.from)?.push(e.to);
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const n of nodes) if (!index.has(n)) visit(n);
  return found;
}

/** harness/'s top-level room of a file: its first folder, or the file's own name at the root. */
export function room(file: string): string | undefined {
  const parts = file.split("/");
  if (parts[0] !== "harness") return undefined;
  return parts[1];
}

/** Test fixtures: they may import anything; nothing of the package may import them. */
export const isFixture = (file: string): boolean => file.split("/").includes("testing");

/** A file's folder (its directory path). */
export const folderOf = (file: string): string => dirname(file);

export function floorOf(r: string): number {
  return FLOORS.findIndex((floor) => floor.includes(r));
}

export interface GraphReport {
  files: number;
  edges: number;
  fileCycles: string[][];
  folderCycles: string[][];
  roomCycles: string[][];
  upward: ImportEdge[];
  /** generators/ importing harness/ outside model/, or anything importing a fixture. */
  outOfBounds: ImportEdge[];
  /** An `_internals/` folder imported from outside the folder that holds it. */
  internalsReached: ImportEdge[];
  unknownRooms: string[];
}

export function analyse(root: string): GraphReport {
  const graph = importGraph(root, ["harness", "generators"]);
  const files = graph.files.filter((f) => !isFixture(f));
  const edges = graph.edges.filter((e) => !isFixture(e.from));
  const folderEdges = edges.map((e) => ({ from: folderOf(e.from), to: folderOf(e.to) })).filter((e) => e.from !== e.to);
  const folders = [...new Set(files.map(folderOf))];
  const harnessEdges = edges.filter((e) => room(e.from) && room(e.to));
  const roomEdges = harnessEdges.map((e) => ({ from: room(e.from)!, to: room(e.to)! })).filter((e) => e.from !== e.to);
  const rooms = [...new Set(files.map(room).filter((r): r is string => r !== undefined))];
  const upward = harnessEdges.filter((e) => {
    const a = floorOf(room(e.from)!);
    const b = floorOf(room(e.to)!);
    return a >= 0 && b >= 0 && b > a;
  });
  return {
    files: files.length,
    edges: edges.length,
    fileCycles: cycles(files, edges),
    folderCycles: cycles(folders, folderEdges),
    roomCycles: cycles(rooms, roomEdges),
    upward,
    outOfBounds: edges.filter(
      (e) => isFixture(e.to) || (e.from.startsWith("generators/") && e.to.startsWith("harness/") && room(e.to) !== "model"),
    ),
    internalsReached: edges.filter((e) => {
      const at = e.to.indexOf("/_internals/");
      return at >= 0 && !e.from.startsWith(`${e.to.slice(0, at)}/`);
    }),
    unknownRooms: rooms.filter((r) => floorOf(r) < 0),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const report = analyse(resolve(dirname(new URL(import.meta.url).pathname), ".."));
  const verbose = process.argv.includes("--verbose");
  console.log(`files ${report.files}, imports ${report.edges}`);
  console.log(`file cycles ${report.fileCycles.length}${verbose ? "\n  " + report.fileCycles.map((c) => c.join(" <-> ")).join("\n  ") : ""}`);
  console.log(`folder cycles ${report.folderCycles.length} (largest ${Math.max(0, ...report.folderCycles.map((c) => c.length))} folders)${verbose ? "\n  " + report.folderCycles.map((c) => c.join(", ")).join("\n  ") : ""}`);
  console.log(`room cycles ${report.roomCycles.length}${verbose ? "\n  " + report.roomCycles.map((c) => c.join(", ")).join("\n  ") : ""}`);
  console.log(`imports up a floor ${report.upward.length}${verbose ? "\n  " + report.upward.map((e) => `${e.from} -> ${e.to}`).join("\n  ") : ""}`);
  console.log(`out of bounds ${report.outOfBounds.length}${verbose ? "\n  " + report.outOfBounds.map((e) => `${e.from} -> ${e.to}`).join("\n  ") : ""}`);
  console.log(`_internals reached from outside ${report.internalsReached.length}${verbose ? "\n  " + report.internalsReached.map((e) => `${e.from} -> ${e.to}`).join("\n  ") : ""}`);
  if (report.unknownRooms.length) console.log(`rooms on no floor: ${report.unknownRooms.join(", ")}`);
}
