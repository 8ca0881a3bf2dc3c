import type { FailedResult } from "../model/result.js";
import type { MigrationSpec } from "../spec/types.js";
import type { FoundBy } from "../corpus/entry.js";
import { saveFailure } from "../corpus/store.js";
import { corpusFoundBy, corpusSaveDir } from "../model/config.js";

/**
 * Saves a failure to the corpus when the run asked for it. Runs inside the
 * test worker, where the result still holds the exact dataset (bigints,
 * bytes): what reaches a reporter has been through JSON and lost them.
 */
export async function saveIfRequested(result: FailedResult, spec: MigrationSpec, file?: string): Promise<void> {
  const dir = corpusSaveDir();
  if (!dir) return;
  const foundBy = (corpusFoundBy() as FoundBy | undefined) ?? "certify";
  const saved = saveFailure(dir, result, { foundBy, file, secrets: spec.secrets?.fields as never });
  console.log(`corpus: ${saved.created ? "saved" : "already had"} ${saved.file}`);
}
