import { batchMigration, defineMigration } from "convex-migration-harness";
import { internal } from "./convex/_generated/api";
import { app } from "./app";

export default defineMigration(app, {
  name: "linkIdentities",
  table: "members",
  forward: batchMigration(internal.members.linkIdentities),
  rollback: batchMigration(internal.members.unlinkIdentities),
  // Legacy members are not linked yet; they join identities on the signed-in subject.
  dataset: { fields: { "members.identityId": { presence: 0 }, "members.tokenIdentifier": { from: "identities.subject" } } },
  touches: ["members"],
  // After forward, a member is linked exactly when an identity has its subject.
  conserves: (_before, after, stage) =>
    stage === "rollback" ? [] : after.tables.members
      .filter((m) => (m.identityId !== undefined) !== after.tables.identities.some((i) => i.subject === m.tokenIdentifier))
      .map((m) => ({ table: "members", message: `${m._id} linked: ${m.identityId !== undefined}` })),
});
