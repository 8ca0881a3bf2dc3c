import { batchMigration, defineMigration } from "convex-migration-harness";
import { internal } from "../convex/_generated/api";
import { app } from "./app";

export default defineMigration(app, {
  name: "addSlug",
  table: "posts",
  forward: batchMigration(internal.posts.addSlug),
  rollback: batchMigration(internal.posts.removeSlug),
  touches: ["posts"],
  conserves: (_before, after, stage) =>
    stage === "rollback" ? [] : after.tables.posts.filter((post) => typeof post.slug !== "string").map((post) => ({ table: "posts", message: `${post._id} has no slug` })),
});
