import { describe, expect, test } from "vitest";
import { strykerVersion } from "./stryker.js";

describe("the StrykerJS mutate asks for", () => {
  test("10 where Node 22 or later runs, 9.6 on Node 20 (StrykerJS 10 refuses Node 20)", () => {
    expect(strykerVersion("20.20.2")).toBe("9.6.1");
    expect(strykerVersion("22.12.0")).toMatch(/^10\./);
    expect(strykerVersion("24.1.0")).toMatch(/^10\./);
  });
});
