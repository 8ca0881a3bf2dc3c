import { describe, expect, test } from "vitest";
import { externalBackend, resolveExternal } from "./remote/external.js";
import { isLoopbackUrl } from "./remote/loopback.js";

describe("isLoopbackUrl trusts only literal loopback hosts", () => {
  test.each([
    ["http://127.0.0.1:3210", true],
    ["http://127.4.5.6", true],
    ["http://localhost:3210", true],
    ["http://convex.localhost", true],
    ["http://[::1]:3210", true],
    ["http://0.0.0.0:3210", false],
    ["https://happy-otter-123.convex.cloud", false],
    ["http://127.0.0.1.nip.io", false],
    ["not a url", false],
  ])("%s -> %s", (url, expected) => {
    expect(isLoopbackUrl(url)).toBe(expected);
  });
});

describe("externalBackend", () => {
  test("without a URL and key it is unavailable, naming the variables", async () => {
    const provider = externalBackend({ env: {} });
    expect(await provider.unavailable()).toBe(
      "external backend not configured: set CONVEX_HARNESS_URL and CONVEX_HARNESS_ADMIN_KEY (see docs/backends.md)",
    );
  });

  test("a host that is not loopback is refused, naming the fix", async () => {
    const env = { CONVEX_HARNESS_URL: "https://happy-otter-123.convex.cloud", CONVEX_HARNESS_ADMIN_KEY: "k" };
    await expect(externalBackend({ env }).unavailable()).rejects.toThrow(
      /external backend refused: https:\/\/happy-otter-123\.convex\.cloud is not a loopback address.*set CONVEX_HARNESS_ALLOW_REMOTE=1/s,
    );
  });

  test("the allow flag lets a remote host through", () => {
    const env = { CONVEX_HARNESS_URL: "https://happy-otter-123.convex.cloud", CONVEX_HARNESS_ADMIN_KEY: "k", CONVEX_HARNESS_ALLOW_REMOTE: "1" };
    expect(resolveExternal({ env })).toEqual({ url: "https://happy-otter-123.convex.cloud", adminKey: "k" });
  });

  test("a malformed URL is named", () => {
    expect(() => resolveExternal({ env: { CONVEX_HARNESS_URL: "127.0.0.1:3210", CONVEX_HARNESS_ADMIN_KEY: "k" } })).toThrow(
      'CONVEX_HARNESS_URL is not a URL: "127.0.0.1:3210"',
    );
  });
});
