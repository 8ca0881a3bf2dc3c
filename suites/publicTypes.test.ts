/**
 * The public types compile against the app's convex at both ends of the
 * supported range. The package's declarations, as `npm run build` emits them,
 * go into a scratch project beside convex 1.14.0 (the oldest supported), 1.24.8
 * or 1.51.0 (the newest), with a small app (suites/publicTypes/): batchArgs and
 * batchResult in the app's own internalMutation({ args, returns }),
 * testingFunctions, defineApp, defineMigration and batchMigration. tsc must
 * report nothing in the app's files or in the package's declarations, and the
 * declarations must have resolved `convex` to the app's copy.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";

const repo = process.cwd();
const cache = join(repo, "node_modules", ".cache", "convex-migration-harness");
const declarations = join(cache, "types");
/** The oldest supported convex (1.14.0: `createFunctionHandle`, which ./convex imports, appeared in it), a middle one and the newest. */
const ENDS = ["1.14.0", "1.24.8", "1.51.0"];

/** A published convex, unpacked once (its types need none of its dependencies). */
function convexPackage(version: string): string {
  const dir = join(cache, `convex-${version}`);
  if (!existsSync(join(dir, "package", "package.json"))) {
    mkdirSync(dir, { recursive: true });
    execFileSync("npm", ["pack", `convex@${version}`, "--silent"], { cwd: dir });
    execFileSync("tar", ["xzf", `convex-${version}.tgz`], { cwd: dir });
  }
  return join(dir, "package");
}

beforeAll(() => {
  rmSync(declarations, { recursive: true, force: true });
  execFileSync(process.execPath, [join(repo, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json", "--emitDeclarationOnly", "--outDir", declarations], { cwd: repo });
  for (const version of ENDS) convexPackage(version);
}, 300_000);

/** The scratch project: the fixture app, the app's convex and the package (package.json and its declarations as dist). */
function project(version: string): string {
  const dir = join(cache, `types-on-convex-${version}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(repo, "suites/publicTypes"), dir, { recursive: true });
  mkdirSync(join(dir, "node_modules", "convex-migration-harness"), { recursive: true });
  symlinkSync(convexPackage(version), join(dir, "node_modules", "convex"));
  symlinkSync(declarations, join(dir, "node_modules", "convex-migration-harness", "dist"));
  cpSync(join(repo, "package.json"), join(dir, "node_modules", "convex-migration-harness", "package.json"));
  // A project of its own: without it, the package name would resolve to this repository itself (a self-reference).
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022", lib: ["ES2022", "DOM"], module: "ESNext", moduleResolution: "Bundler", strict: true, noEmit: true,
        // Checked: the package's declarations. Symlinks kept, so that they resolve `convex` from the project.
        skipLibCheck: false, preserveSymlinks: true, types: [],
      },
      include: ["convex", "tests"],
    }),
  );
  return dir;
}

describe("the public types against the app's convex", () => {
  test.each(ENDS)("convex %s: the app and the package's declarations compile, on the app's convex", (version) => {
    const dir = project(version);
    const tsc = spawnSync(process.execPath, [join(repo, "node_modules/typescript/bin/tsc"), "-p", dir, "--listFiles"], { cwd: dir, encoding: "utf8" });
    const lines = tsc.stdout.split("\n");
    const ours = (line: string) => /^(convex|tests)\//.test(line) || line.includes("node_modules/convex-migration-harness/");
    expect(lines.filter((line) => /error TS\d+/.test(line) && ours(line))).toEqual([]);
    const files = lines.filter((line) => line.startsWith("/"));
    // The program read the package's declarations, and every convex type came from the app's copy.
    expect(files.some((f) => f.includes("node_modules/convex-migration-harness/dist/harness/convex/batchProtocol.d.ts"))).toBe(true);
    expect(files.filter((f) => f.includes("/convex/dist/")).every((f) => f.startsWith(join(dir, "node_modules", "convex")))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "node_modules", "convex", "package.json"), "utf8")).version).toBe(version);
  }, 120_000);
});
