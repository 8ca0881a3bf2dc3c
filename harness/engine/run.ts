import type { Dataset } from "../model/dataset.js";
import type { InvariantName } from "../model/invariantNames.js";
import { Session, type CheckContext } from "./session.js";

/**
 * One property run as an invariant sees it: the check's context, the run's
 * dataset, and its session, already opened on a fresh backend seeded with
 * that dataset. An invariant that compares runs (with and without the
 * migration, two batch sizes, a larger copy of the data) asks for more with
 * `open`; the engine disposes every one of them when the run ends.
 */
export interface Run {
  readonly ctx: CheckContext;
  readonly dataset: Dataset;
  readonly session: Session;
  /**
   * Another session, on a fresh backend seeded with `dataset` (default: the
   * run's). Use sessions one after another, never side by side: a remote
   * backend is one deployment, and a newer session takes it over.
   */
  open(dataset?: Dataset): Promise<Session>;
}

/**
 * Opens a run's session, hands the run to `body`, and disposes every session
 * it opened, whatever `body` does: invariants say what they check, the
 * engine owns the backends.
 */
export async function withRun(ctx: CheckContext, invariant: InvariantName, dataset: Dataset, body: (run: Run) => Promise<void>): Promise<void> {
  const opened: Session[] = [];
  const open = async (seeded: Dataset = dataset) => {
    const session = await Session.open(ctx, invariant, seeded);
    opened.push(session);
    return session;
  };
  try {
    await body({ ctx, dataset, session: await open(), open });
  } finally {
    // Newest first: on a remote backend only the newest session still owns the deployment.
    for (const session of opened.reverse()) await session.dispose();
  }
}
