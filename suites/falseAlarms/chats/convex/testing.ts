import { testingFunctions } from "convex-migration-harness/convex";
import { internalMutation, internalQuery } from "./_generated/server";
import schema from "./schema";

export const { seed, patchDocuments, deleteDocuments, clearAll, readPage, tableNames } = testingFunctions({ schema, internalMutation, internalQuery });
