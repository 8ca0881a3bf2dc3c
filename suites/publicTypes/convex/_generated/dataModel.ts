// What `npx convex codegen` writes, by hand: the fixture compiles against any convex without running its CLI.
import type { DataModelFromSchemaDefinition } from "convex/server";
import type schema from "../schema";

export type DataModel = DataModelFromSchemaDefinition<typeof schema>;
