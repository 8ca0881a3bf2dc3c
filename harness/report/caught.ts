import { datasetSize } from "../model/dataset.js";
import type { FailedResult } from "../model/result.js";
import { describeSize, formatDataset } from "./failure.js";

/**
 * What a fault test prints when its invariant caught the broken variant:
 * the shrunk counterexample and the command that replays it, so a reader
 * sees what the harness found and can rerun it, not a count alone.
 */
export function formatCaught(result: FailedResult): string {
  return [
    `${result.migration}: caught by ${result.invariant}, shrunk to ${datasetSize(result.dataset)} document(s) in ${result.shrinks} shrinks`,
    `  ${result.failure.summary.split("\n")[0]}`,
    `  Counterexample (shrunk): ${describeSize(result.dataset)}`,
    ...formatDataset(result.dataset).map((line) => `    ${line}`),
    ...(result.params !== undefined ? [`    params: ${JSON.stringify(result.params)}`] : []),
    "  Replay:",
    `    ${result.replay}`,
  ].join("\n");
}
