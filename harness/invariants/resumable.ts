import fc from "fast-check";
import type { Session } from "../engine/session.js";
import type { Direction } from "../model/direction.js";
import { expectSameView } from "./support/compare.js";
import type { Invariant } from "../engine/invariant.js";

interface CrashPoint {
  /** Which batch to crash after, as a fraction of the run (shrinks to the first). */
  at: number;
  /**
   * The process died after the batch committed but before the cursor was
   * saved, so the resumed run repeats that batch: at-least-once, as a real
   * driver (an action, a cron, an operator) delivers it.
   */
  cursorLost: boolean;
}

/**
 * Stopping after any k batches and resuming from the saved cursor gives the
 * uninterrupted result, for forward and for rollback.
 */
export const resumable: Invariant<CrashPoint> = {
  name: "resumable",
  title: "a run stopped after any batch and resumed ends where an uninterrupted run ends",
  defaultRuns: 25,
  notApplicable: () => null,
  params: () => fc.record({ at: fc.integer({ min: 0, max: 1000 }), cursorLost: fc.boolean() }),
  async check({ ctx, session, open }, crash) {
    const directions: Direction[] = ctx.spec.rollback ? ["forward", "rollback"] : ["forward"];
    for (const [i, direction] of directions.entries()) {
      // One session at a time: on a remote backend, sessions share one
      // deployment, so the reference is run and viewed first.
      const { total, view: expected } = await uninterrupted(i === 0 ? session : await open(), direction);
      const k = total <= 1 ? 1 : 1 + (crash.at % (total - 1));
      const how = crash.cursorLost ? `batch ${k} repeated (its cursor was not saved)` : `resumed after batch ${k}`;
      const resumed = await open();
      if (direction === "rollback") await resumed.complete("forward");
      const stopped = await resumed.complete(direction, { stopAfter: k });
      const saved = crash.cursorLost ? (stopped.batches.at(-1)?.cursor ?? null) : stopped.cursor;
      await resumed.complete(direction, { cursor: saved });
      expectSameView("resumable", `${direction} stopped after batch ${k} of ${total} and ${how} ends elsewhere`,
        { label: `${direction} without interruption`, view: expected },
        { label: `${direction} stopped after batch ${k}, ${how}`, view: await resumed.view(await resumed.snapshot()) });
    }
  },
};

/** The uninterrupted run of a direction on a fresh session: how many batches it took and the view it ends in. */
async function uninterrupted(reference: Session, direction: Direction) {
  if (direction === "rollback") await reference.complete("forward");
  const full = await reference.complete(direction);
  return { total: full.batches.length, view: await reference.view(await reference.snapshot()) };
}
