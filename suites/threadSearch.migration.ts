/**
 * threadSearch: the guide's index evolution, from filtering a user's threads
 * by title in memory to the by_title search index with userId as a filter
 * field. No document changes; the new query must return what the old one
 * did, for every user and query.
 */
import { batchMigration, defineMigration } from "convex-migration-harness";
import { internal } from "../convex/_generated/api";
import { CHAT_DATA_CLASSES, chatDataClasses, chatDataset } from "./generators/index.js";
import { app } from "./app.js";
import { faultModules } from "./faults/modules.js";
import { threadSearchFaults } from "./faults/threadSearch.js";
import { searchArgs } from "./threadSearch.queries.js";

/** Small, so that a handful of threads spans several batches. */
const BATCH_SIZE = 3;

export default defineMigration(app, {
  name: "threadSearch",
  table: "threads",
  forward: batchMigration(internal.migrations.threadSearch.forward),
  rollback: batchMigration(internal.migrations.threadSearch.rollback),
  // One dataset in five is crowded: more than 20 threads match one word,
  // which a search that truncates before filtering by user gets wrong.
  dataset: chatDataset({ batchSize: BATCH_SIZE, paged: "threads", crowded: 0.2, children: false }),
  // An index evolution changes no document.
  touches: [],
  queries: {
    old: internal.threads.searchByFilter,
    new: internal.threads.search,
    args: searchArgs,
    // Convex builds the index on deploy and forward changes no document, so
    // the new query must agree on D itself (after forward the data is the same).
    stages: ["before"],
  },
  batchSize: BATCH_SIZE,
  // Forward writes nothing, so the data invariants are cheap; queryEquivalent
  // makes up to 2 x users x 27 query calls a run. 20 runs reach a crowded
  // dataset ~4 times.
  runs: 20,
  faults: threadSearchFaults,
  faultModules,
  // Users and threads only: its datasets have no messages.
  dataClasses: {
    classes: CHAT_DATA_CLASSES.filter((name) => !/^(message|attachment|metadata|value):/.test(name)),
    classify: (dataset) => chatDataClasses(dataset, { batchSize: BATCH_SIZE, paged: "threads" }),
  },
});
