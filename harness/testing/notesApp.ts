import { defineApp } from "../model/app.js";
import schema from "./app/convex/schema.js";

/**
 * A small real Convex app (harness/testing/app/convex: users, notes, a slug
 * migration, a read path that reads ctx.auth) for the harness's own tests,
 * so that they do not lean on the chat app of suites/. Its SLUG_PREFIX is
 * read when its module loads.
 */
export const notesApp = defineApp({
  schema,
  modules: import.meta.glob("./app/convex/**/*.*s"),
  env: { SLUG_PREFIX: "test" },
});
