import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Shard } from "./shard.js";
import { readPlan } from "../model/config.js";

/** What the fuzz CLI hands to the spec files it runs (HARNESS_MODE=fuzz). */
export interface FuzzPlan {
  /** Epoch ms when the whole run must stop starting rounds. */
  deadline: number;
  shard: Shard;
  seed?: number;
  /** Only these migrations or faults (by name); default every migration, no faults. */
  migrations?: string[];
  roundRuns: number;
  corpusDir: string | null;
  /** A folder the CLI and the test workers share: the shard's properties, and which have started. */
  stateDir: string;
  /** Test workers running at once, for an equal share of the time left. */
  workers: number;
}

export function readFuzzPlan(): FuzzPlan {
  return readPlan<FuzzPlan>("fuzz");
}

const SHARD_FILE = "shard.json";
const STARTED_FILE = "started.txt";

/** Written by the CLI after collecting: the properties of this shard. Absent while collecting. */
export function writeShardProperties(plan: FuzzPlan, names: readonly string[]): void {
  writeFileSync(join(plan.stateDir, SHARD_FILE), JSON.stringify(names));
}

export function readShardProperties(plan: FuzzPlan): string[] | null {
  const file = join(plan.stateDir, SHARD_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as string[]) : null;
}

/**
 * The deadline of the property about to start: an equal share of the time
 * left among the properties not started yet, across the workers. Time a
 * property did not use goes to the ones after it.
 */
export function claimShare(plan: FuzzPlan, name: string, now = Date.now()): number {
  const total = readShardProperties(plan)?.length ?? 1;
  const file = join(plan.stateDir, STARTED_FILE);
  appendFileSync(file, `${name}\n`);
  const started = readFileSync(file, "utf8").split("\n").filter(Boolean).length;
  const waiting = Math.max(1, total - started + 1);
  const share = ((plan.deadline - now) * Math.min(plan.workers, waiting)) / waiting;
  return Math.min(plan.deadline, now + Math.max(0, share));
}
