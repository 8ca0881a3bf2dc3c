import { afterEach, beforeEach, describe, expect, test } from "vitest";
import {
  checkTimeLimitFromEnv,
  deadlineFromEnv,
  externalBackendFromEnv,
  harnessMode,
  planIfAny,
  planVariables,
  readPlan,
  runsFromEnv,
  seedFromEnv,
  shrinkBudgetFromEnv,
} from "./config.js";

const touched = ["HARNESS_MODE", "HARNESS_RUNS", "HARNESS_SEED", "HARNESS_DEADLINE_MS", "HARNESS_SHRINK_BUDGET_MS", "HARNESS_CHECK_TIME_LIMIT_MS", "HARNESS_FUZZ_PLAN"];

// A run may itself have set these (certify sets the runs and the seed): each test starts without them, and they come back after.
const before = new Map<string, string | undefined>();

beforeEach(() => {
  for (const name of touched) {
    before.set(name, process.env[name]);
    delete process.env[name];
  }
});

afterEach(() => {
  for (const [name, value] of before) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("config", () => {
  test("reads at call time, not at import", () => {
    expect(runsFromEnv()).toBeUndefined();
    process.env.HARNESS_RUNS = "7";
    expect(runsFromEnv()).toBe(7);
    process.env.HARNESS_RUNS = "-1";
    expect(runsFromEnv()).toBeUndefined();
  });

  test("a seed must be an integer", () => {
    process.env.HARNESS_SEED = "";
    expect(seedFromEnv()).toBeUndefined();
    process.env.HARNESS_SEED = "-42";
    expect(seedFromEnv()).toBe(-42);
    process.env.HARNESS_SEED = "x";
    expect(() => seedFromEnv()).toThrow('HARNESS_SEED must be an integer, got "x"');
  });

  test("times are positive milliseconds, named in the error", () => {
    process.env.HARNESS_DEADLINE_MS = "250";
    expect(deadlineFromEnv()).toBe(250);
    process.env.HARNESS_SHRINK_BUDGET_MS = "0";
    expect(() => shrinkBudgetFromEnv()).toThrow('HARNESS_SHRINK_BUDGET_MS must be a positive number of milliseconds, got "0"');
    process.env.HARNESS_CHECK_TIME_LIMIT_MS = "1.5";
    expect(() => checkTimeLimitFromEnv()).toThrow('HARNESS_CHECK_TIME_LIMIT_MS must be a positive number of milliseconds, got "1.5"');
  });

  test("the mode is test unless set, and must be known", () => {
    expect(harnessMode()).toBe("test");
    process.env.HARNESS_MODE = "fuzz";
    expect(harnessMode()).toBe("fuzz");
    process.env.HARNESS_MODE = "bench";
    expect(() => harnessMode()).toThrow('HARNESS_MODE="bench" is not a mode; known: test, fuzz, certify, mutate');
  });

  test("a plan round-trips through its variable, and its absence says which command to run", () => {
    expect(planIfAny("fuzz")).toBeNull();
    expect(() => readPlan("fuzz")).toThrow("HARNESS_FUZZ_PLAN is not set: fuzz mode runs only through the fuzz command");
    Object.assign(process.env, planVariables("fuzz", { roundRuns: 3 }));
    expect(readPlan<{ roundRuns: number }>("fuzz")).toEqual({ roundRuns: 3 });
  });

  test("the external backend's variables come from the env given", () => {
    expect(externalBackendFromEnv({ CONVEX_HARNESS_URL: "http://127.0.0.1:3210", CONVEX_HARNESS_ADMIN_KEY: "k", CONVEX_HARNESS_ALLOW_REMOTE: "1" })).toEqual({
      url: "http://127.0.0.1:3210",
      adminKey: "k",
      allowRemote: true,
    });
  });
});
