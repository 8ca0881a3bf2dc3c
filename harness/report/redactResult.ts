import { formatFailure } from "./failure.js";
import { redactValue, secretsOfDataset, type SecretFields } from "../model/redact.js";
import type { CheckResult, FailedResult } from "../model/result.js";

/**
 * A result with every secret-looking value replaced: the spec's secret fields
 * in the dataset whole, their values wherever else they appear (diffs,
 * messages), and key-shaped strings everywhere.
 */
export function redactResult<R extends CheckResult>(result: R, fields?: SecretFields): R {
  const dataset = result.status === "failed" ? result.dataset : undefined;
  return redactValue(result, secretsOfDataset(dataset as never, fields));
}

/** formatFailure, redacted: what fuzz output, certificates and the corpus test show. */
export function formatRedactedFailure(result: FailedResult, fields?: SecretFields): string {
  return formatFailure(redactResult(result, fields));
}
