// What `npx convex codegen` writes, by hand.
import {
  internalActionGeneric,
  internalMutationGeneric,
  internalQueryGeneric,
  type ActionBuilder,
  type MutationBuilder,
  type QueryBuilder,
} from "convex/server";
import type { DataModel } from "./dataModel";

export const internalMutation: MutationBuilder<DataModel, "internal"> = internalMutationGeneric;
export const internalQuery: QueryBuilder<DataModel, "internal"> = internalQueryGeneric;
export const internalAction: ActionBuilder<DataModel, "internal"> = internalActionGeneric;
