import { testingFunctions } from "convex-migration-harness/convex";
import { internalAction, internalMutation, internalQuery } from "./_generated/server";
import schema from "./schema";

// internalAction: the schema holds v.id("_storage") fields, and only an action stores a file.
export const { seed, patchDocuments, deleteDocuments, clearAll, readPage, tableNames, seedStorage, seedScheduled } = testingFunctions({
  schema,
  internalMutation,
  internalQuery,
  internalAction,
});
