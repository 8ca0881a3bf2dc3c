import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface CommandResult {
  /** null when the command could not be started or was killed. */
  exitCode: number | null;
  /** stdout and stderr, interleaved as printed. */
  output: string;
}

/** Runs one command; injected in tests so that deploying is checked without a CLI or a backend. */
export type CommandRunner = (
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
) => Promise<CommandResult>;

export interface DeployOptions {
  url: string;
  adminKey: string;
  /** The project whose convex/ folder is pushed (where its package.json is). */
  projectDir: string;
  /** Deployment environment variables, e.g. the app's env (which includes test mode). */
  env: Record<string, string>;
  runner?: CommandRunner;
  /** Per CLI command; default 3 minutes (bundling a large app takes a while). */
  timeoutMs?: number;
  /** How to run the Convex CLI; default this Node with the installed convex package's bin. */
  convexCli?: string[];
}

/** Flags that keep a push from touching the working tree or re-checking types the project checks itself. */
export const DEPLOY_ARGS = ["deploy", "--yes", "--typecheck", "disable", "--codegen", "disable"];

/**
 * Pushes the app to a self-hosted backend with the Convex CLI, as a team
 * would (`CONVEX_SELF_HOSTED_URL` + `CONVEX_SELF_HOSTED_ADMIN_KEY`), after
 * setting the deployment's variables (`npx convex env set`), so that the
 * functions see them from their first call. Throws with the CLI's output.
 */
export async function deployApp(options: DeployOptions): Promise<void> {
  const runner = options.runner ?? spawnRunner;
  const [command, ...prefix] = options.convexCli ?? defaultConvexCli();
  const env = cliEnvironment(options.url, options.adminKey);
  const run = async (args: string[], shown: string[], what: string) => {
    const result = await runner(command, [...prefix, ...args], { cwd: options.projectDir, env, timeoutMs: options.timeoutMs ?? 180_000 });
    if (result.exitCode === 0) return;
    const printed = `npx convex ${shown.join(" ")}`;
    const status = result.exitCode === null ? "could not run" : `exited with code ${result.exitCode}`;
    throw new Error(
      `deploying the app to ${options.url} failed: could not ${what}: \`${printed}\` ${status}. Its output:\n` +
        `${indent(redact(lastLines(result.output, 60), options.adminKey))}\n` +
        `Fix: run it by hand in ${options.projectDir} with CONVEX_SELF_HOSTED_URL=${options.url} ` +
        "and CONVEX_SELF_HOSTED_ADMIN_KEY set, and correct what it reports.",
    );
  };
  for (const [name, value] of Object.entries(options.env)) {
    await run(["env", "set", name, value], ["env", "set", name, "<value>"], `set the deployment variable ${name}`);
  }
  await run(DEPLOY_ARGS, DEPLOY_ARGS, "push convex/");
}

/** The CLI picks the self-hosted deployment from these; a cloud selection would conflict with them. */
function cliEnvironment(url: string, adminKey: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CONVEX_SELF_HOSTED_URL: url, CONVEX_SELF_HOSTED_ADMIN_KEY: adminKey };
  delete env.CONVEX_DEPLOYMENT;
  delete env.CONVEX_DEPLOY_KEY;
  return env;
}

function defaultConvexCli(): string[] {
  const packageJson = createRequire(import.meta.url).resolve("convex/package.json");
  return [process.execPath, join(dirname(packageJson), "bin", "main.js")];
}

export const spawnRunner: CommandRunner = (command, args, { cwd, env, timeoutMs }) =>
  new Promise((resolve) => {
    let output = "";
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n(killed after ${timeoutMs} ms without finishing)`;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ exitCode: null, output: `${output}${error.message}` });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code, output });
    });
  });

function lastLines(text: string, count: number): string {
  const lines = text.trimEnd().split(/\r?\n/);
  return (lines.length > count ? [`(${lines.length - count} earlier lines omitted)`, ...lines.slice(-count)] : lines).join("\n");
}

/** Drops the admin key and the CLI's colour codes from what goes into an error. */
function redact(text: string, secret: string): string {
  const plain = text.replace(/\x1b\[[0-9;]*m/g, "");
  return secret ? plain.split(secret).join("<admin key>") : plain;
}

function indent(text: string): string {
  return (text.trim() || "(no output)").split("\n").map((line) => `  | ${line}`).join("\n");
}
