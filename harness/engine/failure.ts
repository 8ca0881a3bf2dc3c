import { DeadlineExceeded } from "./deadline.js";
import { preciseDuration } from "../model/duration.js";
import type { InvariantName } from "../model/invariantNames.js";
import { relabelText } from "../model/labels.js";
import { InvariantViolation, type InvariantFailure } from "../model/violation.js";

/**
 * What a property run's thrown error says, as a failure: an invariant's own
 * violation as it is; a call past its deadline (outside a batch, e.g. a read
 * path or an app write) as a deadline failure naming the call; anything else
 * as the property run throwing before the invariant could be checked.
 */
export function toFailure(invariant: InvariantName, error: unknown): InvariantFailure {
  if (error instanceof InvariantViolation) return error.failure;
  if (error instanceof DeadlineExceeded) {
    return {
      invariant,
      kind: "deadline",
      summary: `${error.call.type} ${error.call.name} did not return within ${preciseDuration(error.deadlineMs)}`,
      details: [
        `${error.call.type} ${error.call.name}(${JSON.stringify(error.call.args).slice(0, 300)}) was still running after its deadline;`,
        "the backend was discarded and the property run failed (a call that never returns would hang production too)",
      ],
    };
  }
  const err = error instanceof Error ? error : new Error(String(error));
  return {
    invariant,
    summary: `the property run threw before the invariant could be checked: ${err.message.split("\n")[0]}`,
    details: (err.stack ?? err.message).split("\n").slice(0, 8),
  };
}

/** The failure with every seeded id in its text replaced by the document's dataset label. */
export function relabelFailure(failure: InvariantFailure, labels: ReadonlyMap<string, string> | undefined): InvariantFailure {
  if (!labels || labels.size === 0) return failure;
  return {
    ...failure,
    summary: relabelText(failure.summary, labels),
    details: failure.details.map((line) => relabelText(line, labels)),
  };
}
