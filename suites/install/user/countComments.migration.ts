import { batchMigration, defineMigration } from "convex-migration-harness";
import { fromSchema } from "convex-migration-harness/generators";
import { internal } from "../../convex/_generated/api";
import { app } from "./app";

export default defineMigration(app, {
  name: "countComments",
  table: "posts",
  forward: batchMigration(internal.migrations.countComments.forward),
  rollback: batchMigration(internal.migrations.countComments.rollback),
  // Legacy posts have no commentCount yet.
  dataset: fromSchema(app.schema, { batchSize: 3, fields: { "posts.commentCount": { presence: 0 } } }),
  // Known and accepted: counting a post's comments reads all of them, so a batch's
  // reads grow with a post's comments (fine while posts have hundreds, not thousands).
  limits: { childGrowth: false },
  touches: ["posts"],
  // After forward, every post counts exactly its comments.
  conserves: (_before, after, stage) =>
    stage === "rollback" ? [] : after.tables.posts
      .filter((post) => post.commentCount !== after.tables.comments.filter((c) => c.postId === post._id).length)
      .map((post) => ({ table: "posts", message: `${post._id} counts ${post.commentCount} comments` })),
});
