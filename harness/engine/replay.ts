import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BackendKind } from "../model/backend.js";
import { FIXTURES_VARIABLE, fixturesEnabled, REPLAY_VARIABLE, replayFromEnv } from "../model/config.js";

/** Where the failing check lives, so that a command can run just that test. */
export interface ReplayTarget {
  /** The test file that registered the test, relative to the project root; absent: vitest finds it by name. */
  file?: string;
  /** The test's names: its describe blocks, then the test (a string: already joined by spaces, as vitest 2 to 4 join them). */
  testName: string | readonly string[];
  /** vitest project that runs the file; absent or "": the project has no name (one project). */
  project?: string;
  /** The vitest config file the test ran under, relative to the project root, when vitest would not find it by itself. */
  config?: string;
}

export interface ReplayKey {
  migration: string;
  invariant: string;
  backend: BackendKind;
}

export function replayValue(key: ReplayKey, seed: number, path: string): string {
  return `${key.migration}.${key.invariant}.${key.backend}@${seed}:${path}`;
}

/**
 * The seed and path to replay for this check, when HARNESS_REPLAY names it.
 * Other checks in the same run ignore it and run as usual.
 */
export function replayFor(key: ReplayKey, value = replayFromEnv()): { seed: number; path: string } | null {
  if (!value) return null;
  const match = /^([^@]+)@(-?\d+):(.*)$/.exec(value.trim());
  if (!match) throw new Error(`${REPLAY_VARIABLE}="${value}" is not of the form migration.invariant.backend@seed:path`);
  if (match[1] !== `${key.migration}.${key.invariant}.${key.backend}`) return null;
  return { seed: Number(match[2]), path: match[3] };
}

/** One shell command, runnable from the project root, that replays a failure. */
export function replayCommand(target: ReplayTarget, key: ReplayKey, seed: number, path: string, separator?: string): string {
  const env = [`${REPLAY_VARIABLE}='${replayValue(key, seed, path)}'`];
  if (fixturesEnabled()) env.unshift(`${FIXTURES_VARIABLE}=1`);
  return `${env.join(" ")} ${vitestRunCommand(target, separator)}`;
}

/** `npx vitest run` of exactly the target's test: its config, project, file and name. */
export function vitestRunCommand(target: ReplayTarget, separator?: string): string {
  const config = target.config ? ` -c ${shellQuote(target.config)}` : "";
  const project = target.project ? ` --project ${shellQuote(target.project)}` : "";
  const file = target.file ? ` ${shellQuote(target.file)}` : "";
  return `npx vitest run${config}${project}${file} -t ${testNamePattern(target.testName, separator)}`;
}

/**
 * vitest's -t is a regular expression matched anywhere in the full test
 * name: anchored and escaped, so it runs that test and no other, quoted for
 * sh. The full name joins the describe blocks and the test with a space up
 * to vitest 4 and with " > " from vitest 5 on: the pattern joins them as the
 * vitest installed beside the harness does.
 */
export function testNamePattern(name: string | readonly string[], separator = vitestNameSeparator()): string {
  const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const joined = typeof name === "string" ? escape(name) : name.map(escape).join(escape(separator));
  return shellQuote(`^${joined}$`);
}

function shellQuote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

/** How the vitest that runs the harness joins a test's names: " > " from vitest 5, a space before. */
export function vitestNameSeparator(version = vitestVersion()): string {
  return version !== null && Number(version.split(".")[0]) >= 5 ? " > " : " ";
}

let installedVitest: string | null | undefined;

/** The version of the vitest the harness resolves (the user's, a peer), read once; null when none resolves. */
export function vitestVersion(): string | null {
  if (installedVitest === undefined) {
    try {
      const file = createRequire(import.meta.url).resolve("vitest/package.json");
      installedVitest = (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
    } catch {
      installedVitest = null;
    }
  }
  return installedVitest;
}
