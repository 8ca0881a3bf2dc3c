/**
 * Vendors a convex-test release, bundled with the convex it runs on, as the
 * memory engine's own copy (harness/backends/memory/convexTest/):
 * `npx tsx scripts/vendorConvexTest.ts 0.0.71 1.48.0`.
 *
 * Why a bundle and not dependencies: convex-test declares `convex` as a peer
 * (^1.43 from 0.0.60 on), so as a dependency npm prints "ERESOLVE overriding
 * peer dependency" for every app on an older convex, or nests a second
 * `convex` under the package, where the app-side helpers (./convex) would
 * load it; a second convex under another name puts its `convex` command in
 * the app's node_modules/.bin, over the app's own. One file holding
 * convex-test and the parts of convex it calls shares nothing with the app's
 * convex but the syscall protocol. Moving to another release is this script,
 * then the adapter and the differential test against it.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

const OUT = join(import.meta.dirname, "..", "harness", "backends", "memory", "convexTest");

/** What the engine takes from convex itself, from the same copy convex-test runs on (CommitTsPlaceholder must be the same class). */
const ENTRY = `export * from "convex-test";
export { CommitTsPlaceholder, compareValues, convexToJson, getDocumentSize, jsonToConvex } from "convex/values";
export { makeFunctionReference } from "convex/server";
`;

/** Types of ENTRY's own exports, over the app's convex types (which every supported convex has). */
const ENTRY_TYPES = `import type { FunctionReference, FunctionType } from "convex/server";
import type { JSONValue, Value } from "convex/values";
/** convex's placeholder for a commit timestamp not yet known (a document's _creationTime inside its transaction). */
export declare class CommitTsPlaceholder {}
export declare function compareValues(k1: Value | undefined, k2: Value | undefined): number;
export declare function convexToJson(value: Value): JSONValue;
export declare function jsonToConvex(value: JSONValue): Value;
export declare function getDocumentSize(value: Record<string, Value>, options?: {}): number;
export declare function makeFunctionReference<T extends FunctionType>(name: string): FunctionReference<T>;
`;

const ENSURE_GLOBAL_PROXY = `var harnessConvexProxy = null;
function ensureGlobalProxy() {
  if (harnessConvexProxy !== null && global.Convex === harnessConvexProxy) return;
  installGlobalProxies();
  const previous = global.Convex;
  const pick = (name) => {
    const store = convexGlobalStorage.getStore();
    return store || !previous ? getConvexGlobal()[name] : previous[name];
  };
  harnessConvexProxy = global.Convex = {
    get syscall() { return pick("syscall"); },
    get asyncSyscall() { return pick("asyncSyscall"); },
    get jsSyscall() { return pick("jsSyscall"); },
  };
}
`;

/** `code` with each pattern replaced, each found exactly once: a release whose code moved fails here, not at run time. */
function patch(code: string, ...replacements: Array<[RegExp, string]>): string {
  for (const [pattern, replacement] of replacements) {
    const found = code.match(new RegExp(pattern.source, "g"))?.length ?? 0;
    if (found !== 1) throw new Error(`vendorConvexTest: ${pattern} found ${found} times in the bundle, expected once`);
    code = code.replace(pattern, () => replacement);
  }
  return code;
}

function header(convexTest: string, convex: string): string {
  return `// convex-test ${convexTest} bundled with convex ${convex} (both Apache-2.0, see LICENSE), by scripts/vendorConvexTest.ts.\n`;
}

async function main(convexTest: string, convex: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "convex-test-"));
  try {
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "vendor", version: "1.0.0", type: "module" }));
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", `convex-test@${convexTest}`, `convex@${convex}`], { cwd: dir, stdio: "inherit" });
    writeFileSync(join(dir, "entry.js"), ENTRY);
    const result = await build({ entryPoints: [join(dir, "entry.js")], bundle: true, format: "esm", platform: "node", write: false, logLevel: "warning" });
    const code = patch(
      result.outputFiles[0].text,
      // The engine always passes the app's modules; a glob relative to this copy would list the package's own files.
      [/import\.meta\.glob\("[^"]*"\)/, '(() => { throw new Error("convex-migration-harness: the memory engine is always given the app\'s modules"); })()'],
      // The app's own convex-test may run in the same process (its unit tests, a shared worker): each copy
      // installs one global `Convex` reading its own context, and the last one installed would break the
      // other's calls. This copy answers from its context when one is active, else hands over to the
      // global it found, and puts itself back in front on each of its calls.
      [/var _globalProxyInstalled = false;\nfunction ensureGlobalProxy\(\) \{[\s\S]*?\n\}\n/, ENSURE_GLOBAL_PROXY],
      [/\(\.\.\.args\) => convexGlobalStorage\.run\(convexGlobal, \(\) => val\(\.\.\.args\)\)/, "(...args) => (ensureGlobalProxy(), convexGlobalStorage.run(convexGlobal, () => val(...args)))"],
    );
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, "index.js"), header(convexTest, convex) + code);
    const types = (file: string) =>
      readFileSync(join(dir, "node_modules", "convex-test", "dist", file), "utf8")
        .replace(/^\/\/\/ <reference types="vite\/client" \/>\n/m, "")
        .replace(/^\/\/# sourceMappingURL=.*$/m, "");
    writeFileSync(join(OUT, "index.d.ts"), header(convexTest, convex) + types("index.d.ts") + ENTRY_TYPES);
    writeFileSync(join(OUT, "transactionMetrics.d.ts"), header(convexTest, convex) + types("transactionMetrics.d.ts"));
    const license = (pkg: string) => readFileSync(join(dir, "node_modules", pkg, "LICENSE"), "utf8");
    writeFileSync(join(OUT, "LICENSE"), `convex-test ${convexTest}:\n\n${license("convex-test")}\n\nconvex ${convex}:\n\n${license("convex")}`);
    writeFileSync(
      join(OUT, "..", "convexTestVersion.ts"),
      `/** The convex-test release bundled in ./convexTest (scripts/vendorConvexTest.ts), the one the adapter knows, and the convex it runs on. */\n` +
        `export const CONVEX_TEST_VERSION = "${convexTest}";\nexport const ENGINE_CONVEX_VERSION = "${convex}";\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main(process.argv[2] ?? "0.0.71", process.argv[3] ?? "1.48.0");
