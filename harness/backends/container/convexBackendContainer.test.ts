// @vitest-environment node
import { describe, expect, test } from "vitest";
import { ConvexBackendContainer, generateAdminKey, parseAdminKey, startFailure } from "./convexBackendContainer.js";
import { CONVEX_BACKEND_IMAGE } from "./image.js";
import { LogTail } from "./logTail.js";

describe("ConvexBackendContainer is configured without starting it", () => {
  test("pinned image, API and site ports, startup timeout", () => {
    const config = new ConvexBackendContainer().configuration();
    expect(config.image).toBe(CONVEX_BACKEND_IMAGE);
    expect(CONVEX_BACKEND_IMAGE).toMatch(/^ghcr\.io\/get-convex\/convex-backend:[0-9a-f]{40}$/);
    expect(config.ports).toEqual([3210, 3211]);
    expect(config.startupTimeoutMs).toBe(120_000);
  });

  test("fixed instance credentials and lowered transaction limits by environment", () => {
    const { environment } = new ConvexBackendContainer().configuration();
    expect(environment).toMatchObject({
      INSTANCE_NAME: "convex-harness",
      INSTANCE_SECRET: expect.stringMatching(/^[0-9a-f]{64}$/),
      DISABLE_BEACON: "1",
      TRANSACTION_MAX_READ_SIZE_ROWS: "4096",
      TRANSACTION_MAX_READ_SIZE_BYTES: String(2 * 1024 * 1024),
      TRANSACTION_MAX_NUM_USER_WRITES: "4096",
      TRANSACTION_MAX_USER_WRITE_SIZE_BYTES: String(2 * 1024 * 1024),
    });
  });

  test("withTransactionLimits overrides one knob and keeps the others", () => {
    const { environment } = new ConvexBackendContainer().withTransactionLimits({ maxReadRows: 500 }).configuration();
    expect(environment.TRANSACTION_MAX_READ_SIZE_ROWS).toBe("500");
    expect(environment.TRANSACTION_MAX_NUM_USER_WRITES).toBe("4096");
  });

  test.each([
    [{ maxReadRows: 0 }, "`maxReadRows` must be a positive integer, got 0"],
    [{ maxWrites: 1.5 }, "`maxWrites` must be a positive integer, got 1.5"],
    [{ maxWrites: 10_000 }, "`maxWrites` is 10000, above Convex's own limit of 8192"],
    [{ maxReads: 5 } as any, "unknown limit `maxReads`"],
  ])("withTransactionLimits(%j) is rejected, naming the option", (limits, message) => {
    expect(() => new ConvexBackendContainer().withTransactionLimits(limits)).toThrow(message);
  });

  test("without a container runtime, start() fails naming the cause and the fix", async () => {
    const available = await import("./availability.js").then((m) => m.containerAvailability());
    if (available === null) return; // a runtime exists here: starting would really start
    await expect(new ConvexBackendContainer().start()).rejects.toThrow(/no container runtime: .*Fix: start Docker.*npm run test:container/s);
  });
});

describe("the admin key comes from the image's generate_admin_key.sh", () => {
  const exec = (stdout: string, exitCode = 0) => ({ exec: async () => ({ stdout, stderr: "", output: stdout, exitCode }) });

  test("its last line is the key", async () => {
    expect(parseAdminKey("+ source ./read_credentials.sh\nconvex-harness|01abcdef\n\n")).toBe("convex-harness|01abcdef");
    await expect(generateAdminKey(exec("convex-harness|01abcdef\n"), "convex-harness")).resolves.toBe("convex-harness|01abcdef");
  });

  test("anything else is an error that shows the script's output", async () => {
    await expect(generateAdminKey(exec("openssl: not found\n", 127), "convex-harness")).rejects.toThrow(
      /did not print an admin key for "convex-harness" \(exit code 127\); its output:\nopenssl: not found/,
    );
  });
});

describe("a failed start names its cause and fix, with the log tail", () => {
  const tail = "  | thread 'main' panicked";
  test.each([
    ["(HTTP code 404) unexpected - manifest unknown", /^could not pull ghcr\.io\/x:1: .*docker pull ghcr\.io\/x:1.*image\.ts/],
    ["URL /version not accessible after 120000ms", /^the Convex backend did not answer GET \/version on port 3210 within 120000 ms.*HARNESS_CONTAINER_STARTUP_TIMEOUT_MS/],
    ["Container exited during HTTP healthCheck, last 50 logs: boom", /^the Convex backend exited while starting/],
    ["Could not find a working container runtime strategy", /^no container runtime: .*Fix: start Docker/],
  ])("%s", (message, expected) => {
    const error = startFailure("ghcr.io/x:1", new Error(message), 120_000, tail);
    expect(error.message).toMatch(expected);
    expect(error.message).toContain(`Container log tail:\n${tail}`);
  });

  test("the log tail keeps the last lines, split across chunks", () => {
    const logs = new LogTail(2);
    logs.push("one\ntw");
    logs.push("o\nthree\n");
    expect(logs.render()).toBe("  | two\n  | three");
    expect(new LogTail().render()).toBe("  (the container printed nothing)");
  });
});
