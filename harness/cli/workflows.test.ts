// @vitest-environment node
/**
 * The CI workflows a user's repository gets (.github/workflows/) must be
 * valid GitHub Actions workflows: checked against the SchemaStore workflow
 * schema by @action-validator/core, plus the commands they run must exist.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";

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
