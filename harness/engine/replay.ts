import type { BackendKind } from "../model/backend.js";
import { FIXTURES_VARIABLE, fixturesEnabled, REPLAY_VARIABLE, replayFromEnv } from "../model/config.js";

/** Where the failing check lives, so that a command can run just that test. */
export interface ReplayTarget {
  /** The test file that registered the test, relative to the project root; absent: vitest finds it by name. */
  file?: string;
  /** Full vitest test name (describe blocks and test, joined by spaces). */
  testName: string;
  /** vitest project that runs the file; absent or "": the project has no name (one project). */
  project?: string;
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
export function replayCommand(target: ReplayTarget, key: ReplayKey, seed: number, path: string): string {
  const env = [`${REPLAY_VARIABLE}='${replayValue(key, seed, path)}'`];
  if (fixturesEnabled()) env.unshift(`${FIXTURES_VARIABLE}=1`);
  const project = target.project ? ` --project ${target.project}` : "";
  const file = target.file ? ` ${target.file}` : "";
  return `${env.join(" ")} npx vitest run${project}${file} -t ${testNamePattern(target.testName)}`;
}

/**
 * vitest's -t is a regular expression matched anywhere in the full test
 * name: anchored and escaped, so it runs that test and no other, quoted for sh.
 */
export function testNamePattern(name: string): string {
  const pattern = `^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`;
  return `'${pattern.replace(/'/g, "'\\''")}'`;
}
