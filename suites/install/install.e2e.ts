// @vitest-environment node
/**
 * Proof it installs: the package, packed as npm would publish it, goes into
 * a scratch Convex project that nobody here wrote (a small blog with three
 * migrations, suites/install/app), next to its peers; `init` adds the
 * harness, the user adds two more specs, and vitest runs there. The correct
 * migrations pass every applicable invariant; a broken rollback fails with a
 * shrunk counterexample and a replay command that works in that project.
 * `npm run test:install` runs it (CI does, after npm test).
 */
import { execSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";

const repo = process.cwd();
const work = mkdtempSync(join(tmpdir(), "harness-install-"));
const project = join(work, "blog");
afterAll(() => {
  if (process.env.HARNESS_KEEP_INSTALL !== "1") rmSync(work, { recursive: true, force: true });
});

/** Runs a command in the scratch project with a clean environment (none of this repository's HARNESS_* variables). */
function inProject(command: string, timeout = 300_000) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("HARNESS_") && !k.startsWith("VITEST") && k !== "NODE_OPTIONS"));
  const child = spawnSync("sh", ["-c", command], { cwd: project, encoding: "utf8", env: { ...env, FORCE_COLOR: "0", NO_COLOR: "1", CI: "1" }, timeout, maxBuffer: 256 * 1024 * 1024 });
  return { status: child.status, output: `${child.stdout}\n${child.stderr}` };
}

const version = (pkg: string) => JSON.parse(readFileSync(join(repo, "node_modules", pkg, "package.json"), "utf8")).version as string;

describe("the packed package in a Convex project of its own", () => {
  test("npm pack, install with its peers, init: the project is set up as the README says", () => {
    const tarball = execSync(`npm pack --silent --pack-destination ${work}`, { cwd: repo, encoding: "utf8" }).trim().split("\n").pop()!;
    cpSync(join(repo, "suites/install/app"), project, { recursive: true });
    writeFileSync(join(project, "package.json"), JSON.stringify({
      name: "blog", private: true, type: "module",
      dependencies: { convex: version("convex") },
      devDependencies: {
        "convex-migration-harness": `file:${join(work, tarball)}`,
        "convex-test": version("convex-test"), vitest: version("vitest"), "@edge-runtime/vm": version("@edge-runtime/vm"), "fast-check": version("fast-check"),
      },
    }, null, 2));
    const install = inProject("npm install --prefer-offline --no-audit --no-fund");
    expect(install.status, install.output).toBe(0);
    const codegen = inProject("npx convex codegen --system-udfs --typecheck=disable");
    expect(codegen.status, codegen.output).toBe(0);

    const init = inProject("npx convex-migration-harness init --migration migrations/addSlug");
    expect(init.status, init.output).toBe(0);
    for (const file of ["convex/testing.ts", "tests/migrations/app.ts", "tests/migrations/addSlug.migration.ts", "vitest.config.ts", ".github/workflows/migrations.yml"]) {
      expect(init.output).toContain(`wrote ${file}`);
    }
    // A second init changes nothing it wrote.
    const again = inProject("npx convex-migration-harness init --migration migrations/addSlug");
    expect(again.output).toContain("kept convex/testing.ts (exists; --force overwrites it)");

    // The user's part: the app's test environment, what addSlug must keep, and two more specs.
    const appFile = join(project, "tests/migrations/app.ts");
    writeFileSync(appFile, readFileSync(appFile, "utf8").replace("env: {},", 'env: { SLUG_PREFIX: "test" },'));
    const specFile = join(project, "tests/migrations/addSlug.migration.ts");
    writeFileSync(specFile, readFileSync(specFile, "utf8")
      // Legacy posts have no slug yet (the schema's optional slug is what forward adds).
      .replace("fromSchema(app.schema, { batchSize: 3 })", 'fromSchema(app.schema, { batchSize: 3, fields: { "posts.slug": { presence: 0 } } })')
      .replace('import { internal } from "../../convex/_generated/api";', 'import { api, internal } from "../../convex/_generated/api";')
      .replace(/\n\}\);\n$/, `
  // Each author reads their own posts throughout (ctx.auth); slugs carry the test environment's prefix.
  readPaths: [{ query: api.posts.mine, calls: (s) => s.tables.authors.map((author) => ({ as: author })) }],
  conserves: (_before, after, stage) =>
    stage === "rollback" ? [] : after.tables.posts.filter((p) => !p.slug?.startsWith("test-")).map((p) => ({ table: "posts", message: \`\${p._id} has slug \${p.slug}\` })),
});
`));
    for (const file of readdirSync(join(repo, "suites/install/user"))) cpSync(join(repo, "suites/install/user", file), join(project, "tests/migrations", file));
    const regenerated = inProject("npx convex codegen --system-udfs --typecheck=disable");
    expect(regenerated.status, regenerated.output).toBe(0);
    console.log(`adoption, outside the migrations: ${adoptionLines()}`);
  }, 600_000);

  test("every applicable invariant of the three migrations passes there", () => {
    const run = inProject("npx vitest run");
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/Tests\s+\d+ passed/);
    for (const name of ["addSlug", "lowercaseHandles", "countComments"]) expect(run.output).toContain(`tests/migrations/${name}.migration.ts`);
  }, 600_000);

  test("a broken rollback fails with a shrunk counterexample, and its replay command reproduces it there", () => {
    const migration = join(project, "convex/migrations/addSlug.ts");
    const correct = readFileSync(migration, "utf8");
    writeFileSync(migration, correct.replace("if (post.slug !== undefined) await ctx.db.patch(post._id, { slug: undefined });", "{ /* forgot to remove the slug */ }"));
    try {
      const run = inProject("npx vitest run tests/migrations/addSlug.migration.ts");
      expect(run.status, run.output).not.toBe(0);
      expect(run.output).toContain("addSlug › roundTrip failed on the memory backend");
      const counterexample = /Counterexample \(shrunk\): (\d+) document\(s\)/.exec(run.output);
      expect(Number(counterexample?.[1]), run.output).toBeLessThanOrEqual(2);
      const command = /Replay:\n\s+(HARNESS_REPLAY='addSlug\.roundTrip\.memory@[^\n]+)\n/.exec(run.output)?.[1];
      expect(command, run.output).toBeDefined();
      const replayed = inProject(command!);
      expect(replayed.status, replayed.output).not.toBe(0);
      expect(replayed.output).toContain("addSlug › roundTrip failed on the memory backend");
      expect(replayed.output).toMatch(/Property failed after 1 run\(s\)/);
    } finally {
      writeFileSync(migration, correct);
    }
  }, 600_000);

  test("certify runs there and says what it certified", () => {
    // 1,000 datasets: the schema's size-pressure classes are in about 1 of 80 (fan-out), so 100 can miss them.
    const certify = inProject("npx convex-migration-harness certify --runs 5 --coverage-runs 1000 --min-coverage 1");
    expect(certify.status, certify.output).toBe(0);
    expect(certify.output).toContain("Certification PASSED on the in-memory backend only; not run on a real Convex backend");
  }, 600_000);
});

/** Lines the user wrote or kept outside the migrations: testing functions, app, config and specs. */
function adoptionLines(): string {
  const files = ["convex/testing.ts", "tests/migrations/app.ts", "vitest.config.ts", ...readdirSync(join(project, "tests/migrations")).filter((f) => f.endsWith(".migration.ts")).map((f) => `tests/migrations/${f}`)];
  const counts = files.map((file) => {
    const lines = readFileSync(join(project, file), "utf8").split("\n");
    const code = lines.filter((l) => l.trim() !== "" && !/^\s*(\/\/|\/\*|\*)/.test(l)).length;
    return { file, code, all: lines.filter((l) => l.trim() !== "").length };
  });
  const code = counts.reduce((n, c) => n + c.code, 0);
  const all = counts.reduce((n, c) => n + c.all, 0);
  return `${code} lines of code (${all} with comments) in ${files.length} files: ${counts.map((c) => `${c.file} ${c.code}`).join(", ")}`;
}
