import { testingFunctions } from "convex-migration-harness/convex";
import { internalMutation, internalQuery } from "./_generated/server";
import schema from "./schema";

// `{ __upper: "x" }` seeds "X": a seed marker the app resolves, as an app's own encryption would be.
export const { seed, patchDocuments, deleteDocuments, clearAll, readPage, tableNames } = testingFunctions({
  schema,
  internalMutation,
  internalQuery,
  markers: { upper: ({ __upper }) => String(__upper).toUpperCase() },
});
