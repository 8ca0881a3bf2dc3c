import { describe, expect, test } from "vitest";
import { containerAvailability, containerSkipLine } from "./availability.js";

describe("containerAvailability", () => {
  test("a runtime client that rejects is a reason, never a pass", async () => {
    const reason = await containerAvailability(async () => {
      throw new Error("Could not find a working container runtime strategy");
    });
    expect(reason).toBe("no container runtime (Could not find a working container runtime strategy)");
    expect(containerSkipLine(reason!)).toBe(
      "container backend skipped: no container runtime (Could not find a working container runtime strategy); " +
        "on a machine with Docker run `npm run test:container`",
    );
  });

  test("a runtime client that resolves means available", async () => {
    expect(await containerAvailability(async () => ({}))).toBeNull();
  });
});
