import { expectSameView } from "./support/compare.js";
import type { Invariant } from "../engine/invariant.js";

/** rollback(forward(D)) equals D, through the spec's view, up to id renaming. */
export const roundTrip: Invariant<void> = {
  name: "roundTrip",
  title: "rollback(forward(D)) restores D",
  defaultRuns: 40,
  notApplicable: (spec) => (spec.rollback ? null : "the spec declares no rollback, so the migration is not reversible"),
  async check({ session: s }) {
    const before = await s.view(await s.snapshot());
    await s.complete("forward");
    await s.complete("rollback");
    const after = await s.view(await s.snapshot());
    expectSameView("roundTrip", "rollback did not restore the data the migration started from",
      { label: "D (as seeded)", view: before },
      { label: "rollback(forward(D))", view: after });
  },
};
