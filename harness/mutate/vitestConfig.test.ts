import { afterEach, describe, expect, test } from "vitest";
import { MUTATE_PLAN_VARIABLE } from "../model/config.js";
import { mutationConfig } from "./vitestConfig.js";

const preset = { name: "convex-migration-harness", config: (c: { test?: Record<string, unknown> }) => void ((c.test ??= {}).include = ["suites/*.migration.ts"]) };
const base = {
  resolve: { alias: [{ find: "x", replacement: "y" }] },
  plugins: [preset],
  test: {
    maxWorkers: 4,
    projects: [
      { extends: true, test: { name: "memory", include: ["harness/**/*.test.ts"], isolate: false, testTimeout: 120_000 } },
      { extends: true, test: { name: "container", include: ["suites/*.migration.ts"] } },
    ],
  },
};

afterEach(() => {
  delete process.env[MUTATE_PLAN_VARIABLE];
});

describe("mutationConfig", () => {
  test("flattens the memory project into one: its options, the root's plugins and aliases, no reporters, one file at a time", () => {
    const config = mutationConfig(base as never);
    expect(config.resolve).toEqual(base.resolve);
    expect(config.test).toMatchObject({ maxWorkers: 4, isolate: false, testTimeout: 120_000, fileParallelism: false, reporters: [] });
    expect(config.test).not.toHaveProperty("projects");
    expect(config.test).not.toHaveProperty("include");
    expect((config.plugins as unknown[])[0]).toBe(preset);
  });

  test("after the preset, includes only the planned migration's spec file", () => {
    const [first, mine] = mutationConfig(base as never).plugins as unknown as Array<{ config: (c: { test?: { include?: string[] } }) => void }>;
    const vite: { test?: { include?: string[] } } = {};
    first.config(vite);
    mine.config(vite);
    expect(vite.test!.include).toEqual(["suites/*.migration.ts"]);
    process.env[MUTATE_PLAN_VARIABLE] = JSON.stringify({ migration: "a", file: "suites/a.migration.ts" });
    mine.config(vite);
    expect(vite.test!.include).toEqual(["suites/a.migration.ts"]);
  });

  test("names the projects when the one asked for is missing", () => {
    expect(() => mutationConfig(base as never, { project: "nope" })).toThrow(/no vitest project named "nope".*memory, container/);
  });
});
