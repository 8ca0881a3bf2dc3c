// @vitest-environment node
/**
 * Proof it installs: the package, packed as npm would publish it, goes into
 * a scratch Convex project that nobody here wrote (a small blog with three
 * migrations, suites/install/app), next to its peers; `init` adds the
 * harness, the user adds two more specs, and vitest runs there. The correct
 * migrations pass every applicable invariant; a broken rollback fails with a
 * shrunk counterexample and a replay command that works in that project;
 * fuzz and certify run there. The app is built on each stack of
 * suites/install/stacks.ts (the pinned one, the oldest supported, today's
 * newest; INSTALL_STACKS picks some), and every step's result goes to
 * reports/compat/install-stacks.json, the table `npm run test:compat` prints.
 * `npm run test:install` runs it (CI does, after npm test).
 */
import { execSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { nodeOnPath } from "./node.js";
import { recordStep } from "./results.js";
import { chosenStacks, type Stack } from "./stacks.js";

const repo = process.cwd();
const work = mkdtempSync(join(tmpdir(), "harness-install-"));
const RESULTS = join(repo, "reports/compat/install-stacks.json");
let tarball = "";
beforeAll(() => {
  tarball = join(work, execSync(`npm pack --silent --pack-destination ${work}`, { cwd: repo, encoding: "utf8" }).trim().split("\n").pop()!);
}, 600_000);
afterAll(() => {
  if (process.env.HARNESS_KEEP_INSTALL !== "1") rmSync(work, { recursive: true, force: true });
});

for (const stack of chosenStacks(repo)) stackSuite(stack);

function stackSuite(stack: Stack) {
  const project = join(work, stack.name, "blog");
  let nodeDir: string | null = null;
  let codegenCommand = "";
  const versions: Record<string, string> = { node: stack.node ?? process.versions.node, ...stack.packages };

  /** Runs a command in the scratch project on the stack's Node, with a clean environment (none of this repository's HARNESS_* variables). */
  const inProject = (command: string, timeout = 300_000) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("HARNESS_") && !k.startsWith("VITEST") && !k.startsWith("npm_") && k !== "NODE_OPTIONS"));
    const path = nodeDir ? `${nodeDir}:${env.PATH}` : env.PATH;
    const child = spawnSync("sh", ["-c", command], { cwd: project, encoding: "utf8", env: { ...env, PATH: path, FORCE_COLOR: "0", NO_COLOR: "1", CI: "1" }, timeout, maxBuffer: 256 * 1024 * 1024 });
    return { status: child.status, output: `${child.stdout}\n${child.stderr}` };
  };
  /** Records a step in the stack table whatever its outcome, then asserts it. */
  const step = (name: string, check: () => string) => {
    try {
      const detail = check();
      recordStep(RESULTS, stack.name, stack.about, versions, name, { passed: true, detail });
    } catch (error) {
      recordStep(RESULTS, stack.name, stack.about, versions, name, { passed: false, detail: String((error as Error).message).split("\n").slice(0, 3).join(" ").slice(0, 300) });
      throw error;
    }
  };

  describe(`the packed package in a Convex project of its own, ${stack.name} stack (${stack.about})`, () => {
    test("install with its peers, init: the project is set up as the README says", () => step("install", () => {
      nodeDir = nodeOnPath(stack.node);
      mkdirSync(join(work, stack.name), { recursive: true });
      cpSync(join(repo, "suites/install/app"), project, { recursive: true });
      const { convex, ...dev } = stack.packages;
      writeFileSync(join(project, "package.json"), JSON.stringify({
        name: "blog", private: true, type: "module",
        dependencies: { convex },
        devDependencies: { "convex-migration-harness": `file:${tarball}`, ...dev },
      }, null, 2));
      // No flags: an install that needs --legacy-peer-deps fails here.
      const install = inProject(`npm install --no-audit --no-fund${stack.name === "pinned" ? " --prefer-offline" : ""}`);
      expect(install.status, install.output).toBe(0);
      expect(install.output).not.toContain("ERESOLVE");
      const installed = inProject(`node -e 'for (const p of ${JSON.stringify(Object.keys(stack.packages))}) { try { console.log(p, require("./node_modules/" + p + "/package.json").version) } catch {} }'; node --version`);
      for (const line of installed.output.trim().split("\n")) {
        const [name, version] = line.split(" ");
        if (version) versions[name] = version;
        else if (/^v\d/.test(name)) versions.node = name.slice(1);
      }
      // Without a deployment, codegen needs --system-udfs (a hidden option); convex 1.24 has none and needs none.
      codegenCommand = "npx convex codegen --system-udfs --typecheck=disable";
      let codegen = inProject(codegenCommand);
      if (codegen.status !== 0 && codegen.output.includes("unknown option '--system-udfs'")) {
        codegenCommand = "npx convex codegen --typecheck=disable";
        codegen = inProject(codegenCommand);
      }
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
      const regenerated = inProject(codegenCommand);
      expect(regenerated.status, regenerated.output).toBe(0);
      const adoption = adoptionLines(project);
      console.log(`adoption, outside the migrations: ${adoption}`);
      return `${Object.entries(versions).map(([p, v]) => `${p} ${v}`).join(", ")}; ${adoption.split(" in ")[0]}`;
    }), 900_000);

    test("every applicable invariant of the three migrations passes there", () => step("specs pass", () => {
      const run = inProject("npx vitest run");
      expect(run.status, run.output).toBe(0);
      const tests = /Tests\s+(\d+ passed[^\n]*)/.exec(run.output);
      expect(tests, run.output).not.toBeNull();
      for (const name of ["addSlug", "lowercaseHandles", "countComments"]) expect(run.output).toContain(`tests/migrations/${name}.migration.ts`);
      return tests![1].trim();
    }), 900_000);

    test("a broken rollback fails with a shrunk counterexample, and its replay command reproduces it there", () => {
      const migration = join(project, "convex/migrations/addSlug.ts");
      const correct = readFileSync(migration, "utf8");
      writeFileSync(migration, correct.replace("if (post.slug !== undefined) await ctx.db.patch(post._id, { slug: undefined });", "{ /* forgot to remove the slug */ }"));
      try {
        let command: string | undefined;
        step("broken caught", () => {
          const run = inProject("npx vitest run tests/migrations/addSlug.migration.ts");
          expect(run.status, run.output).not.toBe(0);
          expect(run.output).toContain("addSlug › roundTrip failed on the memory backend");
          const counterexample = /Counterexample \(shrunk\): (\d+) document\(s\)/.exec(run.output);
          expect(Number(counterexample?.[1]), run.output).toBeLessThanOrEqual(2);
          command = /Replay:\n\s+(HARNESS_REPLAY='addSlug\.roundTrip\.memory@[^\n]+)\n/.exec(run.output)?.[1];
          expect(command, run.output).toBeDefined();
          return `shrunk to ${counterexample![1]} document(s)`;
        });
        step("replay reproduces", () => {
          const replayed = inProject(command!);
          expect(replayed.status, replayed.output).not.toBe(0);
          expect(replayed.output).toContain("addSlug › roundTrip failed on the memory backend");
          expect(replayed.output).toMatch(/Property failed after 1 run\(s\)/);
          return command!.replace(/^HARNESS_REPLAY='[^']*' /, "");
        });
      } finally {
        writeFileSync(migration, correct);
      }
    }, 900_000);

    test("fuzz runs there: every property of the three migrations, fresh seeds, no failure", () => step("fuzz", () => {
      // Two minutes: collecting the spec files takes part of the budget on a loaded machine.
      const fuzz = inProject("npx convex-migration-harness fuzz --time 2m");
      expect(fuzz.status, fuzz.output).toBe(0);
      const summary = /Fuzzed (\d+) properties, (\d+) runs[^\n]*/.exec(fuzz.output);
      expect(Number(summary?.[1]), fuzz.output).toBeGreaterThan(0);
      return summary![0];
    }), 900_000);

    test("certify runs there and says what it certified", () => step("certify", () => {
      // 1,000 datasets: the schema's size-pressure classes are in about 1 of 80 (fan-out), so 100 can miss them.
      const certify = inProject("npx convex-migration-harness certify --runs 5 --coverage-runs 1000 --min-coverage 1");
      expect(certify.status, certify.output).toBe(0);
      expect(certify.output).toContain("Certification PASSED on the in-memory backend only; not run on a real Convex backend");
      return /Certification PASSED[^\n]*/.exec(certify.output)![0];
    }), 900_000);
  });
}

/** Lines the user wrote or kept outside the migrations: testing functions, app, config and specs. */
function adoptionLines(project: string): string {
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
