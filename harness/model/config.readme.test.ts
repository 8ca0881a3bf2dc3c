import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import * as config from "./config.js";

/**
 * A variable a user may set is one they can find: the README (which ships
 * with the package) lists each in its settings table, not only a .d.ts.
 * The variables below are how the commands talk to the vitest workers they
 * start, and this repository's own switch for its broken fixtures; a user
 * never sets them by hand.
 */
const setByTheCommands = new Set([
  config.MODE_VARIABLE,
  config.CERTIFY_PLAN_VARIABLE,
  config.FUZZ_PLAN_VARIABLE,
  config.MUTATE_PLAN_VARIABLE,
  config.CORPUS_FOUND_BY_VARIABLE,
  config.FIXTURES_VARIABLE,
]);

const readme = readFileSync(fileURLToPath(new URL("../../README.md", import.meta.url)), "utf8");
/** The rows of the README's settings table: what a user reads when they look a variable up. */
const settingsRows = (readme.split(/^## Settings$/m)[1] ?? "").split(/^## /m)[0].split("\n").filter((line) => line.startsWith("| `"));

describe("the README", () => {
  const variables = Object.entries(config)
    .filter(([name, value]) => name.endsWith("_VARIABLE") && typeof value === "string")
    .map(([, value]) => value as string);

  test("sees every variable the configuration reads", () => {
    expect(variables).toContain("HARNESS_SEED");
    expect(variables.length).toBeGreaterThan(15);
  });

  test("documents every variable a user may set in its settings table", () => {
    const undocumented = variables.filter((name) => !setByTheCommands.has(name) && !settingsRows.some((row) => row.includes(`\`${name}`)));
    expect(undocumented).toEqual([]);
  });
});
