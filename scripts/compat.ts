/**
 * `npm run test:compat`: the install test (the packed package in a scratch
 * Convex app) on every supported stack (suites/install/stacks.ts: the
 * pinned one, the oldest supported, today's newest at latest), then one
 * table of each stack's result per step. Exit 0 only when every step of
 * every stack passed. The install test's output is kept in
 * reports/compat/install.log, the table's data in install-stacks.json.
 *
 *   npm run test:compat                          # all three stacks
 *   npm run test:compat -- --stacks oldest,newest
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { STEPS, stackTable, type StackResults } from "../suites/install/results.js";
import { stacks } from "../suites/install/stacks.js";

const USAGE = `Usage: npm run test:compat -- [--stacks a,b]

  --stacks  stacks to build (default: ${stacks(".").map((s) => s.name).join(",")})
  --help    this text`;

/** The compat run as a function of its arguments; returns the exit code. */
export function compatMain(argv: string[], repo = process.cwd()): number {
  let values: { stacks?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { stacks: { type: "string" }, help: { type: "boolean" } } }));
  } catch (error) {
    console.error(`test:compat: ${(error as Error).message.split("\n")[0]}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const known = stacks(repo).map((s) => s.name);
  const chosen = values.stacks ? values.stacks.split(",").map((s) => s.trim()) : known;
  const unknown = chosen.filter((s) => !(known as string[]).includes(s));
  if (unknown.length > 0) {
    console.error(`test:compat: unknown stack ${unknown.join(", ")}; known: ${known.join(", ")}`);
    return 2;
  }
  const dir = join(repo, "reports/compat");
  const file = join(dir, "install-stacks.json");
  mkdirSync(dir, { recursive: true });
  // This run's stacks start from nothing: a step that does not run must not show last run's result.
  const previous: StackResults = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  for (const name of chosen) delete previous[name];
  writeFileSync(file, `${JSON.stringify(previous, null, 2)}\n`);

  console.log(`Building the scratch app on ${chosen.join(", ")} (log: reports/compat/install.log)`);
  const started = Date.now();
  const run = spawnSync("npx", ["vitest", "run", "--project", "install"], { cwd: repo, encoding: "utf8", env: { ...process.env, INSTALL_STACKS: chosen.join(",") }, maxBuffer: 512 * 1024 * 1024 });
  writeFileSync(join(dir, "install.log"), `${run.stdout}\n${run.stderr}`);
  const results: StackResults = JSON.parse(readFileSync(file, "utf8"));
  const mine = Object.fromEntries(chosen.filter((name) => results[name]).map((name) => [name, results[name]]));
  console.log(`\n${stackTable(mine)}\n`);
  for (const [name, result] of Object.entries(mine)) {
    for (const step of STEPS) if (result.steps[step] && !result.steps[step].passed) console.log(`${name} / ${step}: ${result.steps[step].detail}`);
  }
  const passed = run.status === 0 && chosen.every((name) => mine[name] && STEPS.every((step) => mine[name].steps[step]?.passed));
  console.log(`${passed ? "Every stack passed" : "Not every stack passed"} (${Math.round((Date.now() - started) / 1000)} s)`);
  return passed ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exit(compatMain(process.argv.slice(2)));
