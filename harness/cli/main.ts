#!/usr/bin/env node
/**
 * The `convex-migration-harness` command: one subcommand per job.
 *
 *   npx convex-migration-harness init --migration addSlug
 *   npx convex-migration-harness certify
 *   npx convex-migration-harness fuzz --time 10m
 *   npx convex-migration-harness bench
 *   npx convex-migration-harness mutate --migration addSlug
 *
 * A usage mistake is one line and exit code 2, never a stack trace;
 * `--help` (of the command or a subcommand) prints the usage and exits 0.
 */
import { UsageError } from "./parse.js";
import { debugEnabled } from "../model/config.js";

const PROGRAM = "convex-migration-harness";

type Main = (argv: string[], invocation: string) => Promise<number>;

/** Subcommands, loaded only when run: certify, fuzz and mutate load vitest, init needs none of it. */
const commands: Record<string, { summary: string; load: () => Promise<Main> }> = {
  init: { summary: "add the harness to a Convex project: testing functions, vitest config, a spec, CI", load: async () => (await import("./init.js")).initMain },
  certify: { summary: "the pre-release gate: every invariant, many runs, coverage; writes a certificate", load: async () => (await import("./certify.js")).certifyMain },
  fuzz: { summary: "fuzz for a time budget with fresh seeds; failures go to the corpus", load: async () => (await import("./fuzz.js")).fuzzMain },
  bench: { summary: "time each migration suite and each test in it on the memory backend; writes reports/bench.json", load: async () => (await import("./bench.js")).benchMain },
  mutate: { summary: "mutation testing: how many small bugs in each migration its spec catches (StrykerJS); writes reports/mutation/", load: async () => (await import("./mutate.js")).mutateMain },
};

function help(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  return [
    `Usage: npx ${PROGRAM} <command> [options]`,
    "",
    "Commands:",
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    "",
    `Run \`npx ${PROGRAM} <command> --help\` for a command's options.`,
    "",
  ].join("\n");
}

/**
 * How the user typed the subcommand, for usage and replay lines: this
 * repository's own npm scripts (`npm run certify --`) or the installed bin.
 */
function invocationOf(command: string): string {
  const viaScript = process.env.npm_lifecycle_event === command && process.env.npm_package_name === PROGRAM;
  return viaScript ? `npm run ${command} --` : `npx ${PROGRAM} ${command}`;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(help());
    return command === undefined ? 2 : 0;
  }
  const found = commands[command];
  if (!found) throw new UsageError(`${PROGRAM}: unknown command "${command}"; known: ${Object.keys(commands).join(", ")}`);
  return (await found.load())(rest, invocationOf(command));
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    const err = error instanceof Error ? error : new Error(String(error));
    process.stderr.write(`${PROGRAM}: ${err.message}\n`);
    if (debugEnabled()) process.stderr.write(`${err.stack}\n`);
    process.exit(1);
  },
);
