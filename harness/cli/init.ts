/**
 * `init`: adds the harness to an existing Convex project. Writes
 * convex/testing.ts (the test-only functions), the app file, one spec for a
 * migration the user names, a vitest configuration (or, when the project
 * has one, prints exactly what to add) and a CI workflow. Never overwrites a
 * file without --force, and says what it wrote.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { parseCommand, UsageError, type CommandSpec } from "./parse.js";
import { appFile, spec as specFile, testingFile, vitestConfig, vitestSnippet, workflow } from "./initTemplates.js";

export const initCommand: CommandSpec = {
  name: "init",
  summary: "Add the harness to this Convex project: convex/testing.ts, a vitest configuration, one spec for a migration, a CI workflow.",
  options: {
    migration: { type: "string", usage: "--migration path", help: "the migration module to write a spec for, e.g. migrations/addSlug (convex/migrations/addSlug.ts)" },
    table: { type: "string", usage: "--table name", help: "the table the migration pages over (default: read from its module)" },
    dir: { type: "string", usage: "--dir tests/migrations", help: "where the app file, specs and corpus go (default tests/migrations)" },
    force: { type: "boolean", usage: "--force", help: "overwrite files that exist" },
  },
  examples: ["npx convex-migration-harness init --migration migrations/addSlug", "npx convex-migration-harness init --migration migrations/addSlug --table posts --dir test/harness"],
};

export async function initMain(argv: string[], invocation: string, root = process.cwd()): Promise<number> {
  const values = parseCommand(initCommand, argv, invocation);
  if (values === null) return 0;
  const project = findConvexProject(root);
  const dir = typeof values.dir === "string" ? values.dir.replace(/\/+$/, "") : "tests/migrations";
  const migration = typeof values.migration === "string" ? values.migration.replace(/\.[jt]s$/, "").replace(/^convex\//, "") : undefined;
  if (!migration) throw new UsageError(`${invocation}: --migration is required (the module of the migration to test, e.g. migrations/addSlug); modules found: ${migrationModules(project.convex).join(", ") || "none"}`);
  const module = findModule(project.convex, migration);
  const source = readFileSync(module, "utf8");
  const exportsOf = [...source.matchAll(/export\s+const\s+(\w+)\s*=/g)].map((m) => m[1]);
  if (!exportsOf.includes("forward")) {
    throw new UsageError(`${relative(root, module)} exports no \`forward\` (it exports ${exportsOf.join(", ") || "nothing"}); the spec drives forward and, if present, rollback`);
  }
  const table = typeof values.table === "string" ? values.table : /ctx\.db\s*\.query\(\s*["'`](\w+)["'`]\s*\)/.exec(source)?.[1];
  if (!table) throw new UsageError(`cannot tell which table ${relative(root, module)} pages over; pass --table`);
  const name = migration.split("/").pop()!;
  const convexRel = relative(root, project.convex) || ".";
  const fromDir = (path: string) => relative(join(root, dir), path).split("\\").join("/");
  const written: string[] = [];
  const kept: string[] = [];
  const put = (path: string, text: string) => {
    const full = join(root, path);
    if (existsSync(full) && !values.force) return void kept.push(path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    written.push(path);
  };
  put(`${convexRel}/testing.ts`, testingFile());
  put(`${dir}/app.ts`, appFile(fromDir(project.convex)));
  put(`${dir}/${name}.migration.ts`, specFile({ name, table, convex: fromDir(project.convex), modulePath: migration, rollback: exportsOf.includes("rollback") }));
  put(".github/workflows/migrations.yml", workflow());
  const config = ["vitest.config.ts", "vitest.config.mts", "vitest.config.js", "vitest.config.mjs", "vite.config.ts"].find((f) => existsSync(join(root, f)));
  const options = { specs: `${dir}/*.migration.ts`, app: `${dir}/app.ts`, corpus: `${dir}/corpus`, convex: convexRel };
  if (config && !values.force) kept.push(config);
  else put("vitest.config.ts", vitestConfig(options));

  for (const path of written) console.log(`wrote ${path}`);
  for (const path of kept) console.log(`kept ${path} (exists; --force overwrites it)`);
  if (config && kept.includes(config)) {
    console.log(`\nAdd the harness's preset to ${config}:\n\n${vitestSnippet(options)}`);
  }
  console.log([
    "",
    "Next:",
    `  npm i -D convex-migration-harness convex-test vitest @edge-runtime/vm fast-check   (if not installed yet)`,
    `  npx convex codegen                      # so convex/_generated knows convex/testing.ts`,
    `  npx vitest run ${dir}                  # every invariant of ${name}, on the in-memory backend`,
    `  npx convex-migration-harness certify    # the pre-release certificate`,
    `The test-only functions refuse to run unless CONVEX_HARNESS_TEST_MODE=1 is set on the deployment: never set it on one with real data.`,
  ].join("\n"));
  return 0;
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
  if (!existsSync(join(convex, "_generated"))) throw new UsageError(`no ${relative(root, convex)}/_generated/: run \`npx convex codegen\` (or \`npx convex dev\`) first`);
  return { convex };
}

function findModule(convex: string, path: string): string {
  for (const ext of [".ts", ".js"]) if (existsSync(join(convex, `${path}${ext}`))) return join(convex, `${path}${ext}`);
  throw new UsageError(`no module ${path} in the Convex folder; migration modules found: ${migrationModules(convex).join(", ") || "none"}`);
}

/** Modules that look like migrations (they export `forward`), for error messages. */
function migrationModules(convex: string, dir = convex): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "_generated" || entry.name === "node_modules" ? [] : migrationModules(convex, path);
    if (!/\.[jt]s$/.test(entry.name) || entry.name.includes(".test.")) return [];
    return /export\s+const\s+forward\b/.test(readFileSync(path, "utf8")) ? [relative(convex, path).replace(/\.[jt]s$/, "")] : [];
  });
}
