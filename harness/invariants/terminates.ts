import fc from "fast-check";
import type { Direction } from "../model/direction.js";
import type { Invariant } from "../engine/invariant.js";

/**
 * Forward and rollback finish within ceil(n / batchSize) + slack batches. The
 * runner stops at the bound instead of hanging, so a loop that never ends is
 * reported like any other failure, with the cursors it went through.
 */
export const terminates: Invariant<number> = {
  name: "terminates",
  title: "forward and rollback finish within ceil(n / batchSize) + slack batches",
  defaultRuns: 30,
  notApplicable: () => null,
  params: (spec) => fc.constantFrom(spec.batchSize, 1, spec.batchSize + 1),
  async check({ ctx, session: s }, batchSize) {
    const directions: Direction[] = ctx.spec.rollback ? ["forward", "rollback"] : ["forward"];
    for (const direction of directions) await s.complete(direction, { batchSize });
  },
};
