import { expectSameView } from "./support/compare.js";
import type { Invariant } from "../engine/invariant.js";

/**
 * forward(forward(D)) equals forward(D), and the same for rollback: a re-run
 * after a deploy, or by an operator who was not sure it finished, is harmless.
 */
export const idempotent: Invariant<void> = {
  name: "idempotent",
  title: "running a direction twice changes nothing the second time",
  defaultRuns: 30,
  notApplicable: () => null,
  async check({ ctx, session: s }) {
    await s.complete("forward");
    const once = await s.view(await s.snapshot());
    await s.complete("forward");
    const twice = await s.view(await s.snapshot());
    expectSameView("idempotent", "a second forward run changed the data",
      { label: "forward(D)", view: once }, { label: "forward(forward(D))", view: twice });
    if (!ctx.spec.rollback) return;
    await s.complete("rollback");
    const back = await s.view(await s.snapshot());
    await s.complete("rollback");
    const backTwice = await s.view(await s.snapshot());
    expectSameView("idempotent", "a second rollback run changed the data",
      { label: "rollback(F)", view: back }, { label: "rollback(rollback(F))", view: backTwice });
  },
};
