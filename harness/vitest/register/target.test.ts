import { describe, expect, test } from "vitest";
import { projectTarget } from "./target.js";

describe("projectTarget picks the backend of the running vitest project", () => {
  test("the memory project (nothing provided) runs in memory", () => {
    expect(projectTarget(undefined, undefined)).toEqual({ kind: "memory" });
  });

  test("the container project without a runtime skips with the globalSetup's reason", () => {
    expect(projectTarget("container", { unavailable: "no container runtime (Could not find a working container runtime strategy)" })).toEqual({
      kind: "skip",
      reason: "no container runtime (Could not find a working container runtime strategy)",
    });
  });

  test("the container project with a deployment runs on it, never silently in memory", async () => {
    const target = projectTarget("container", { url: "http://127.0.0.1:49153", adminKey: "convex-harness|01" });
    expect(target.kind).toBe("container");
    expect(target.kind === "container" && target.provider.kind).toBe("container");
    expect(projectTarget("container", undefined).kind).toBe("skip");
  });
});
