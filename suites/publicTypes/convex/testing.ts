import { testingFunctions } from "convex-migration-harness/convex";
import { internalAction, internalMutation, internalQuery } from "./_generated/server";
import schema from "./schema";

export const { seed, patchDocuments, deleteDocuments, clearAll, readPage, tableNames, seedStorage, seedScheduled } = testingFunctions({
  schema,
  internalMutation,
  internalQuery,
  internalAction,
});
