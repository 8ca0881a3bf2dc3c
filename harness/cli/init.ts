/**
 * `init`: adds the harness to an existing Convex project. Writes
 * convex/testing.ts (the test-only functions), the app file, one spec for a
 * migration the user names (a batch module or a @convex-dev/migrations
 * define, with the one-batch runner the component needs), a vitest
 * configuration loaded as ESM whatever package.json says (or, when the
 * project has one, prints exactly what to add) and a CI workflow for the
 * project's package manager. Never overwrites a file without --force, never
 * touches convex/_generated, and says what it wrote and what codegen works
 * in this project.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { parseCommand, UsageError, type CommandSpec } from "./parse.js";
import { codegenAdvice, execOf, installedMigrations, loadsAsCommonJs, packageManagerOf, readPackageJson, repositoryRoot, usesComponents } from "./initProject.js";
import { findInstance, findMigrations, findRunner, migrationsIn, scanConvexFolder, type ConvexModules, type FoundMigration } from "./initScan.js";
import { appFile, registration, runnerFile, spec as specFile, testingFile, vitestConfig, vitestSnippet, workflow } from "./initTemplates.js";

export const initCommand: CommandSpec = {
  name: "init",
  summary: "Add the harness to this Convex project: convex/testing.ts, a vitest configuration, a spec per migration named (batch or @convex-dev/migrations, with its runner), a CI workflow for the project's package manager.",
  options: {
    migration: { type: "string", usage: "--migration name", help: "the migration to write a spec for: a module exporting forward (migrations/addSlug), a migrations.define export (migrations:backfillX), the export's name alone, or all" },
    table: { type: "string", usage: "--table name", help: "the table the migration pages over (default: read from its module)" },
    dir: { type: "string", usage: "--dir tests/migrations", help: "where the app file, specs and corpus go (default tests/migrations)" },
    force: { type: "boolean", usage: "--force", help: "overwrite files that exist" },
  },
  examples: ["npx convex-migration-harness init --migration migrations/addSlug", "npx convex-migration-harness init --migration migrations:setDefaultDeletedFalse", "npx convex-migration-harness init --migration all", "npx convex-migration-harness init --migration migrations/addSlug --table posts --dir test/harness"],
};

export async function initMain(argv: string[], invocation: string, root = process.cwd()): Promise<number> {
  const values = parseCommand(initCommand, argv, invocation);
  if (values === null) return 0;
  const project = findConvexProject(root);
  const dir = typeof values.dir === "string" ? values.dir.replace(/\/+$/, "") : "tests/migrations";
  const convexRel = relative(root, project.convex) || ".";
  const scan = scanConvexFolder(project.convex);
  const found = findMigrations(scan);
  if (typeof values.migration !== "string") {
    throw new UsageError(`${invocation}: --migration is required (the migration to test, e.g. migrations/addSlug or migrations:backfillX, or all); migrations found: ${found.map((m) => m.id).join(", ") || "none"}`);
  }
  // `all`: one spec per migration found; one named: its spec, or a UsageError saying why not.
  const all = values.migration === "all";
  if (all && typeof values.table === "string") throw new UsageError("--table names the table of one migration: pass it with one --migration, not all");
  if (all && found.length === 0) throw new UsageError("no migrations found in the Convex folder (modules exporting `forward`, or migrations.define exports)");
  const chosen = all ? found : [chooseMigration(values.migration, { root, convexRel, scan, found })];
  const skipped: string[] = [];
  const specs = chosen.flatMap((m) => {
    const table = typeof values.table === "string" ? values.table : m.table;
    if (table) return [{ ...m, table, name: m.forward === "forward" ? m.module.split("/").pop()! : m.forward }];
    if (!all) throw new UsageError(`cannot tell which table ${m.id} (${relative(root, scan.files.get(m.module)!)}) pages over; pass --table`);
    skipped.push(`skipped ${m.id}: cannot tell which table it pages over (init --migration ${m.id} --table <name> writes it)`);
    return [];
  });
  if (specs.length === 0) throw new UsageError(`${skipped.join("; ")}; nothing written`);
  const pm = packageManagerOf(root);
  const fromDir = (path: string) => relative(join(root, dir), path).split("\\").join("/");
  const written: string[] = [];
  const kept: string[] = [];
  const put = (path: string, text: string, note = "") => {
    const full = join(root, path);
    if (existsSync(full) && !values.force) return void kept.push(path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    written.push(`${path}${note}`);
  };
  put(`${convexRel}/testing.ts`, testingFile(holdsSystemIds(project.convex)));
  // A component migration is driven one batch per transaction through the app's runner: its own, or one written here.
  const component = specs.some((m) => m.protocol === "component") ? componentRunner(scan, convexRel, put) : undefined;
  // A version of the component without a `./test` entry is registered from its sources.
  const installed = component && installedMigrations(root);
  const registered = component && { name: component.name, sources: installed && !installed.testEntry ? fromDir(installed.dir) : undefined };
  put(`${dir}/app.ts`, appFile(fromDir(project.convex), registered));
  for (const m of specs) {
    const path = (fn: string) => `${m.module}:${fn}`;
    const runner = m.protocol === "component" ? component?.runner : undefined;
    put(`${dir}/${m.name}.migration.ts`, specFile({ name: m.name, table: m.table, convex: fromDir(project.convex), forward: path(m.forward), rollback: m.rollback && path(m.rollback), runner }));
  }
  // GitHub reads workflows from the repository's root, which may be above this package.
  const workflowDir = relative(root, join(repositoryRoot(root), ".github/workflows")).split("\\").join("/");
  put(`${workflowDir}/migrations.yml`, workflow(pm), ` for ${pm.name} (${pm.lockFile ?? "no lock file: npm install"})`);
  const config = CONFIGS.find((f) => existsSync(join(root, f)));
  const options = { specs: `${dir}/*.migration.ts`, app: `${dir}/app.ts`, corpus: `${dir}/corpus`, convex: convexRel };
  // A config that vite loads as CommonJS cannot import the harness's ES modules: a new one is .mts there.
  const fresh = readPackageJson(root).type === "module" ? "vitest.config.ts" : "vitest.config.mts";
  const target = config?.startsWith("vitest.") && !loadsAsCommonJs(root, config) ? config : fresh;
  if (config && !values.force) kept.push(config);
  else put(target, vitestConfig(options));
  const shadowing = values.force && config && CONFIGS.indexOf(config) < CONFIGS.indexOf(target) ? config : undefined;

  for (const path of written) console.log(`wrote ${path}`);
  for (const path of kept) console.log(`kept ${path} (exists; --force overwrites it)`);
  for (const line of skipped) console.log(line);
  if (shadowing) console.log(`remove ${shadowing}: vitest loads it before ${target}`);
  if (config && kept.includes(config)) {
    console.log(`\nAdd the harness's preset to ${config}:\n\n${vitestSnippet(options)}`);
    if (loadsAsCommonJs(root, config)) console.log(`${config} loads as CommonJS, and convex-migration-harness/vitest is an ES module: rename it to vitest.config.mts (vite loads .mts as ESM whatever package.json says).`);
  }
  // An app file that already sets setupMemory (a second init, or the user's own) has been told.
  if (registered && kept.includes(`${dir}/app.ts`) && !/\bsetupMemory\b/.test(readFileSync(join(root, dir, "app.ts"), "utf8"))) {
    const { importLine, setupMemory } = registration(registered);
    console.log(`\nRegister the migrations component in ${dir}/app.ts (convex-test cannot read convex.config.ts):\n  ${importLine}\n  ${setupMemory}  (in defineApp's options)`);
  }
  const codegen = codegenAdvice(root, project.convex, pm);
  for (const warning of codegen.warnings) console.log(`\n${warning}`);
  const exec = execOf(pm);
  const add = { npm: "npm i -D", pnpm: "pnpm add -D", yarn: "yarn add -D" }[pm.name];
  console.log([
    "",
    "Next:",
    `  ${add} convex-migration-harness vitest @edge-runtime/vm fast-check   (if not installed yet)`,
    ...codegen.steps.map((step) => `  ${step}`),
    `  ${exec} vitest run ${dir}   # every invariant of ${specs.map((m) => m.name).join(", ")}, on the in-memory backend`,
    `  ${exec} convex-migration-harness certify   # the pre-release certificate`,
    `The test-only functions refuse to run unless CONVEX_HARNESS_TEST_MODE=1 is set on the deployment: never set it on one with real data.`,
  ].join("\n"));
  return 0;
}

/** Configuration files vitest would load, in its order. */
const CONFIGS = ["vitest", "vite"].flatMap((base) => ["ts", "mts", "cts", "js", "mjs", "cjs"].map((ext) => `${base}.config.${ext}`));

/**
 * The runner a component migration's spec names, and the component's name for
 * convex-test: the app's own `componentBatchRunner` export if it has one, else
 * `migrationRunner.ts`, written here.
 */
function componentRunner(scan: ConvexModules, convexRel: string, put: (path: string, text: string) => void): { runner: string; name: string } {
  const existing = findRunner(scan);
  const instance = findInstance(scan);
  const name = instance?.component ?? existing?.component ?? "migrations";
  if (existing) return { runner: existing.path, name };
  put(`${convexRel}/${RUNNER_MODULE}.ts`, runnerFile(instance ? { instance } : { component: name }, RUNNER_MODULE));
  return { runner: `${RUNNER_MODULE}:runBatch`, name };
}

const RUNNER_MODULE = "migrationRunner";

/**
 * The migration `--migration` names: `module:export` (a define, or a batch
 * module's forward), a module (its `forward`, or its one define), or an
 * export's name alone when one module serves it. Anything else is refused
 * with the choices, in the form the option takes.
 */
function chooseMigration(arg: string, context: { root: string; convexRel: string; scan: ConvexModules; found: FoundMigration[] }): FoundMigration {
  const { root, convexRel, scan, found } = context;
  const listed = `migrations found: ${found.map((m) => m.id).join(", ") || "none"}`;
  const either = (ms: FoundMigration[]) => ms.map((m) => `--migration ${m.id}`).join(", ").replace(/, (?=[^,]*$)/, " or ");
  const colon = arg.lastIndexOf(":");
  const module = (colon === -1 ? arg : arg.slice(0, colon)).replace(/\.[cm]?[jt]sx?$/, "").replace(new RegExp(`^(\\./)?${convexRel === "." ? "" : `${escape(convexRel)}/`}`), "");
  const exports = scan.modules.get(module);
  if (colon !== -1) {
    const fn = arg.slice(colon + 1);
    if (!exports) throw new UsageError(`no module ${module} in the Convex folder; ${listed}`);
    const served = migrationsIn(module, exports);
    const hit = served.find((m) => m.forward === fn);
    const undone = served.find((m) => m.rollback === fn);
    if (!hit && undone) throw new UsageError(`${module}:${fn} is the rollback of ${undone.id}: --migration ${undone.id} writes the spec of both`);
    if (!hit) throw new UsageError(`${module}:${fn} is not a migration (no migrations.define and no \`forward\` export); ${listed}`);
    return hit;
  }
  if (exports) {
    const served = migrationsIn(module, exports);
    const file = relative(root, scan.files.get(module)!);
    const batch = served.find((m) => m.id === module);
    if (batch) return batch;
    if (served.length === 1) return served[0];
    if (served.length > 1) throw new UsageError(`${file} defines ${served.length} migrations; choose one: ${either(served)}`);
    throw new UsageError(`${file} exports no \`forward\` and no migrations.define (it exports ${[...exports.keys()].join(", ") || "nothing"}); ${listed}`);
  }
  const named = found.filter((m) => m.forward === arg);
  if (named.length === 1) return named[0];
  if (named.length > 1) throw new UsageError(`${arg} names ${named.length} migrations: ${either(named)}`);
  throw new UsageError(`no module or migration ${arg} in the Convex folder; ${listed}`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The project's Convex folder (convex.json's `functions`, else convex/), or a UsageError saying what is missing. */
function findConvexProject(root: string): { convex: string } {
  const pkgFile = join(root, "package.json");
  if (!existsSync(pkgFile)) throw new UsageError(`no package.json in ${root}: run init at the root of a Convex project`);
  const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  if (!pkg.dependencies?.convex && !pkg.devDependencies?.convex) throw new UsageError(`package.json in ${root} does not depend on convex: this is not a Convex project (npm i convex)`);
  const config = join(root, "convex.json");
  const functions = existsSync(config) ? (JSON.parse(readFileSync(config, "utf8")) as { functions?: string }).functions : undefined;
  const convex = join(root, functions ?? "convex");
  if (!existsSync(join(convex, "schema.ts")) && !existsSync(join(convex, "schema.js"))) {
    throw new UsageError(`no schema in ${relative(root, convex) || "."}/: the harness generates data from convex/schema.ts; write the schema first`);
  }
  if (!existsSync(join(convex, "_generated"))) {
    const cli = `${execOf(packageManagerOf(root))} convex`;
    const generate = usesComponents(convex) ? `\`${cli} dev --once\` (with no deployment: \`CONVEX_AGENT_MODE=anonymous ${cli} dev --once\`, a local one)` : `\`${cli} codegen --system-udfs --typecheck=disable\` (needs no deployment)`;
    throw new UsageError(`no ${relative(root, convex)}/_generated/: run ${generate} first`);
  }
  return { convex };
}

/** Whether the schema holds file or scheduled-function ids: its datasets then need the functions that create them. */
function holdsSystemIds(convex: string): boolean {
  const file = ["schema.ts", "schema.js"].map((name) => join(convex, name)).find((path) => existsSync(path));
  return file !== undefined && /v\.id\(\s*["'`]_(storage|scheduled_functions)["'`]\s*\)/.test(readFileSync(file, "utf8"));
}
