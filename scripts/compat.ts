/**
 * `npm run test:compat`: runs the test suites against every convex-test
 * version the memory backend supports, each installed into one scratch copy
 * of this repository (a temporary directory: `npm ci` from the lock, then the
 * version installed without saving), and prints one line per version.
 * Exit 0 only when every version passed; each version's output is kept in
 * reports/compat/. CI runs only the pinned version.
 *
 *   npm run test:compat                              # every supported version on the registry
 *   npm run test:compat -- --versions 0.0.60,0.0.71  # some of them
 *   npm run test:compat -- --tests harness/backends/memory  # a subset (paths passed to vitest)
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { SUPPORTED } from "../harness/backends/memory/adapter.js";
import { inVersionRange } from "../harness/backends/memory/version.js";

const USAGE = `Usage: npm run test:compat -- [--versions a,b] [--tests paths] [--keep]

  --versions  convex-test versions to run (default: every version in ${SUPPORTED.min}..${SUPPORTED.max} on the registry)
  --tests     test files or folders to run instead of the whole of npm test (comma-separated)
  --keep      keep the scratch copy (its path is printed)
  --help      this text`;

interface VersionResult {
  version: string;
  passed: boolean;
  summary: string;
  seconds: number;
  log: string;
}

/** The compat run as a function of its arguments; returns the exit code. */
export async function compatMain(argv: string[]): Promise<number> {
  let values: { versions?: string; tests?: string; keep?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { versions: { type: "string" }, tests: { type: "string" }, keep: { type: "boolean" }, help: { type: "boolean" } } }));
  } catch (error) {
    console.error(`test:compat: ${(error as Error).message} (see --help)`);
    return 2;
  }
  if (values.help) return console.log(USAGE), 0;
  const versions = values.versions ? values.versions.split(",") : registryVersions();
  const outside = versions.filter((v) => !inVersionRange(v, SUPPORTED));
  if (outside.length > 0) {
    console.error(`test:compat: ${outside.join(", ")} outside the supported range ${SUPPORTED.min}..${SUPPORTED.max}`);
    return 2;
  }
  const scratch = scratchCopy();
  console.log(`Scratch copy: ${scratch} (npm ci from the lock)`);
  run("npm", ["ci", "--no-audit", "--no-fund", "--prefer-offline"], scratch);
  const results: VersionResult[] = [];
  for (const [i, version] of versions.entries()) {
    console.log(`[${i + 1}/${versions.length}] convex-test ${version}: installing, then ${values.tests ? `vitest ${values.tests}` : "npm test"}`);
    results.push(testVersion(scratch, version, values.tests?.split(",")));
    const r = results.at(-1)!;
    console.log(`[${i + 1}/${versions.length}] convex-test ${version}: ${r.passed ? "passed" : "FAILED"} (${r.summary}, ${r.seconds.toFixed(0)} s)`);
  }
  printTable(results);
  if (!values.keep) rmSync(scratch, { recursive: true, force: true });
  else console.log(`Kept ${scratch}`);
  return results.every((r) => r.passed) ? 0 : 1;
}

/** Every published convex-test version in the supported range. */
function registryVersions(): string[] {
  const all = JSON.parse(execFileSync("npm", ["view", "convex-test", "versions", "--json"], { encoding: "utf8" })) as string[];
  return all.filter((v) => inVersionRange(v, SUPPORTED) && !v.includes("-"));
}

/** The working tree as it is (tracked and untracked files git does not ignore), committed in a fresh repository. */
function scratchCopy(): string {
  const scratch = mkdtempSync(join(tmpdir(), "harness-compat-"));
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "-z"], { encoding: "utf8" }).split("\0").filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    cpSync(file, join(scratch, file), { dereference: false, errorOnExist: false, force: true, recursive: false });
  }
  // Some tests read the commit (certificates, provenance): give the copy one.
  const git = (...args: string[]) => run("git", ["-c", "user.name=compat", "-c", "user.email=compat@localhost", ...args], scratch);
  git("init", "-q");
  git("add", "-A");
  git("commit", "-qm", "compat copy");
  return scratch;
}

function testVersion(scratch: string, version: string, tests: string[] | undefined): VersionResult {
  const started = Date.now();
  // Logs stay in this repository's reports/, whatever happens to the scratch copy.
  mkdirSync("reports/compat", { recursive: true });
  const log = join("reports/compat", `convex-test-${version}.log`);
  run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefer-offline", `convex-test@${version}`], scratch);
  const installed = JSON.parse(readFileSync(join(scratch, "node_modules/convex-test/package.json"), "utf8")).version;
  if (installed !== version) return { version, passed: false, summary: `npm installed ${installed}`, seconds: 0, log };
  const command = tests ? ["vitest", "run", "--project", "memory", ...tests] : null;
  const result = command
    ? spawnSync("npx", command, { cwd: scratch, encoding: "utf8", maxBuffer: 1 << 28 })
    : spawnSync("npm", ["test"], { cwd: scratch, encoding: "utf8", maxBuffer: 1 << 28 });
  const output = `${result.stdout}\n${result.stderr}`;
  writeFileSync(log, output);
  return { version, passed: result.status === 0, summary: summarize(output), seconds: (Date.now() - started) / 1000, log };
}

/** vitest's own totals, "450 passed | 23 skipped", from its summary lines. */
function summarize(output: string): string {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, "");
  const tests = /^\s*Tests\s+(.+)$/m.exec(plain)?.[1]?.trim();
  const files = /^\s*Test Files\s+(.+)$/m.exec(plain)?.[1]?.trim();
  return tests ? `tests ${tests}; files ${files}` : "no vitest summary (see the log)";
}

function printTable(results: VersionResult[]): void {
  console.log("\nconvex-test | result | tests | time");
  console.log("--- | --- | --- | ---");
  for (const r of results) console.log(`${r.version} | ${r.passed ? "passed" : "FAILED"} | ${r.summary} | ${r.seconds.toFixed(0)} s`);
  for (const r of results.filter((x) => !x.passed)) console.log(`  ${r.version}: log ${r.log}`);
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed in ${cwd} (exit ${result.status})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exit(await compatMain(process.argv.slice(2)));
