import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { replayConfigFile } from "./configFile.js";

const root = mkdtempSync(join(tmpdir(), "harness-config-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the config file a replay command names", () => {
  test("none when vitest would load that file by itself, or there is no file", () => {
    writeFileSync(join(root, "vitest.config.ts"), "");
    expect(replayConfigFile(root, join(root, "vitest.config.ts"))).toBeUndefined();
    expect(replayConfigFile(root, undefined)).toBeUndefined();
    expect(replayConfigFile(root, false)).toBeUndefined();
  });

  test("a config of another name, or a default name that vitest would not pick first, relative to the root", () => {
    expect(replayConfigFile(root, join(root, "vitest.migrations.config.ts"))).toBe("vitest.migrations.config.ts");
    writeFileSync(join(root, "vite.config.ts"), "");
    expect(replayConfigFile(root, join(root, "vite.config.ts"))).toBe("vite.config.ts");
    expect(replayConfigFile(root, join(root, "config", "vitest.config.ts"))).toBe("config/vitest.config.ts");
  });
});
