// @vitest-environment node
import { describe, expect, test } from "vitest";
import { deployApp, DEPLOY_ARGS, spawnRunner, type CommandRunner } from "./deploy.js";
import { startContainerDeployment } from "./deployment.js";

const target = { url: "http://127.0.0.1:49153", adminKey: "convex-harness|secretkey", projectDir: "/project" };

/** The error a promise rejects with (the test fails if it resolves). */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(() => undefined, (error: Error) => error);
  expect(outcome).toBeInstanceOf(Error);
  return outcome as Error;
}

function recordingRunner(fail?: { when: string; output: string }) {
  const calls: Array<{ args: string[]; env: NodeJS.ProcessEnv }> = [];
  const runner: CommandRunner = async (_command, args, { env }) => {
    calls.push({ args, env });
    if (fail && args.includes(fail.when)) return { exitCode: 1, output: fail.output };
    return { exitCode: 0, output: "ok" };
  };
  return { runner, calls };
}

describe("deployApp pushes the app with the Convex CLI", () => {
  test("sets the deployment's variables, then deploys, against the self-hosted URL and key", async () => {
    const { runner, calls } = recordingRunner();
    await deployApp({ ...target, env: { CONVEX_HARNESS_TEST_MODE: "1", API_KEY_ENCRYPTION_KEY: "k" }, runner, convexCli: ["convex"] });
    expect(calls.map((c) => c.args)).toEqual([
      ["env", "set", "CONVEX_HARNESS_TEST_MODE", "1"],
      ["env", "set", "API_KEY_ENCRYPTION_KEY", "k"],
      DEPLOY_ARGS,
    ]);
    expect(calls[0].env.CONVEX_SELF_HOSTED_URL).toBe(target.url);
    expect(calls[0].env.CONVEX_SELF_HOSTED_ADMIN_KEY).toBe(target.adminKey);
    expect(calls[0].env.CONVEX_DEPLOYMENT).toBeUndefined();
  });

  test("a failed push throws with the CLI's output, the admin key and colour codes removed", async () => {
    const output = "\x1b[31m✖\x1b[39m Error: Unable to push deployment config to http://127.0.0.1:49153\nschema.ts: Invalid validator\nkey was convex-harness|secretkey";
    const { runner } = recordingRunner({ when: "deploy", output });
    const error = await rejection(deployApp({ ...target, env: {}, runner, convexCli: ["convex"] }));
    expect(error.message).toContain("deploying the app to http://127.0.0.1:49153 failed: could not push convex/: `npx convex deploy --yes");
    expect(error.message).toContain("exited with code 1. Its output:\n  | ✖ Error: Unable to push deployment config");
    expect(error.message).toContain("  | schema.ts: Invalid validator");
    expect(error.message).not.toContain("secretkey");
    expect(error.message).toContain("Fix: run it by hand in /project");
  });

  test("a failed variable names the variable but not its value", async () => {
    const { runner } = recordingRunner({ when: "env", output: "fetch failed" });
    await expect(deployApp({ ...target, env: { API_KEY_ENCRYPTION_KEY: "hush" }, runner, convexCli: ["convex"] })).rejects.toThrow(
      "could not set the deployment variable API_KEY_ENCRYPTION_KEY: `npx convex env set API_KEY_ENCRYPTION_KEY <value>` exited with code 1",
    );
  });

  test("the default runner returns the exit code and the interleaved output", async () => {
    const result = await spawnRunner(process.execPath, ["-e", "console.log('out'); console.error('err'); process.exit(3)"], {
      cwd: process.cwd(),
      env: process.env,
      timeoutMs: 10_000,
    });
    expect(result.exitCode).toBe(3);
    expect(result.output).toContain("out");
    expect(result.output).toContain("err");
  });
});

describe("startContainerDeployment", () => {
  test("a failed deploy stops the container and carries its log tail", async () => {
    let stopped = 0;
    const container = {
      start: async () => ({
        getUrl: () => target.url,
        getAdminKey: () => target.adminKey,
        getLogTail: () => "  | backend listening on 3210",
        stop: async () => {
          stopped += 1;
          return {} as any;
        },
      }),
    };
    const { runner } = recordingRunner({ when: "deploy", output: "push failed: bad schema" });
    const error = await rejection(startContainerDeployment({ projectDir: "/project", env: {}, container, runner }));
    expect(stopped).toBe(1);
    expect(error.message).toMatch(/push failed: bad schema[\s\S]*Container log tail:\n  \| backend listening on 3210/);
  });
});
