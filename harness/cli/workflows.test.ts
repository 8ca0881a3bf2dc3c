// @vitest-environment node
/**
 * The CI workflows a user's repository gets (.github/workflows/) must be
 * valid GitHub Actions workflows: checked against the SchemaStore workflow
 * schema by @action-validator/core, plus the commands they run must exist.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import type { PackageManager } from "./initProject.js";
import { workflow } from "./initTemplates.js";

const require = createRequire(import.meta.url);
const { validateWorkflow } = require("@action-validator/core") as typeof import("@action-validator/core");
const DIR = ".github/workflows";
const workflows = readdirSync(DIR).filter((f) => f.endsWith(".yml") || f.endsWith(".yaml"));
const scripts = Object.keys(JSON.parse(readFileSync("package.json", "utf8")).scripts);

describe("CI workflows", () => {
  test("there are the pull-request, nightly fuzz and release certification workflows", () => {
    expect(workflows.sort()).toEqual(["nightly-fuzz.yml", "pull-request.yml", "release-certify.yml"]);
  });

  for (const file of workflows) {
    test(`${file} is a valid GitHub Actions workflow`, () => {
      const state = validateWorkflow(readFileSync(`${DIR}/${file}`, "utf8"));
      expect(state.errors.map((e) => `${"path" in e ? e.path : ""} ${e.title}: ${e.detail ?? ""}`)).toEqual([]);
    });

    test(`${file} runs only npm scripts that exist`, () => {
      const used = [...readFileSync(`${DIR}/${file}`, "utf8").matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
      expect(used.filter((name) => !scripts.includes(name))).toEqual([]);
    });
  }

  test("a broken workflow is reported (the validator is not a no-op)", () => {
    const state = validateWorkflow("name: broken\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        run: echo both\n");
    expect(state.errors.length).toBeGreaterThan(0);
  });
});

describe("the workflow init writes", () => {
  const managers: PackageManager[] = [
    { name: "npm", lockFile: "package-lock.json" },
    { name: "npm" },
    { name: "pnpm", lockFile: "pnpm-lock.yaml", version: 9 },
    { name: "pnpm", lockFile: "pnpm-lock.yaml" },
    { name: "yarn", lockFile: "yarn.lock", berry: false },
    { name: "yarn", lockFile: "yarn.lock", berry: true },
    // A workspace package, and a package with its own lock file, below the repository's root.
    { name: "pnpm", lockFile: "pnpm-lock.yaml", workingDirectory: "apps/web" },
    { name: "npm", lockFile: "apps/web/package-lock.json", workingDirectory: "apps/web" },
  ];
  test.each(managers.map((pm) => [`${pm.name} ${JSON.stringify(pm)}`, pm] as const))("for %s is a valid GitHub Actions workflow", (_, pm) => {
    const state = validateWorkflow(workflow(pm));
    expect(state.errors.map((e) => `${"path" in e ? e.path : ""} ${e.title}: ${e.detail ?? ""}`)).toEqual([]);
  });

  test.each(managers.map((pm) => [pm.name, pm] as const))("for %s installs and runs with that package manager only", (name, pm) => {
    const runs = [...workflow(pm).matchAll(/- run: (\S+)/g)].map((m) => m[1]);
    const tools: Record<string, string[]> = { npm: ["npm", "npx"], pnpm: ["pnpm"], yarn: ["yarn", "corepack"] };
    expect(runs.filter((tool) => !tools[name].includes(tool))).toEqual([]);
  });
});
