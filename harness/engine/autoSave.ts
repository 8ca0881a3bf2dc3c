import type { FailedResult } from "../model/result.js";
import type { MigrationSpec } from "../spec/types.js";
import type { FoundBy } from "../corpus/entry.js";
import { saveFailure } from "../corpus/store.js";

/** Set by `npm run certify`: the corpus folder every failure found is saved to. */
export const CORPUS_SAVE_VARIABLE = "HARNESS_CORPUS_SAVE";
/** Which run found it ("certify" unless said otherwise). */
export const CORPUS_FOUND_BY_VARIABLE = "HARNESS_CORPUS_FOUND_BY";

/**
 * Saves a failure to the corpus when the run asked for it. Runs inside the
 * test worker, where the result still holds the exact dataset (bigints,
 * bytes): what reaches a reporter has been through JSON and lost them.
 */
export async function saveIfRequested(result: FailedResult, spec: MigrationSpec, file?: string): Promise<void> {
  const dir = typeof process !== "undefined" ? process.env[CORPUS_SAVE_VARIABLE] : undefined;
  if (!dir) return;
  const foundBy = (process.env[CORPUS_FOUND_BY_VARIABLE] as FoundBy | undefined) ?? "certify";
  const saved = saveFailure(dir, result, { foundBy, file, secrets: spec.secrets?.fields as never });
  console.log(`corpus: ${saved.created ? "saved" : "already had"} ${saved.file}`);
}
