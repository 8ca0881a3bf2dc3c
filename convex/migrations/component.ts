import { Migrations } from "@convex-dev/migrations";
import type { ComponentApi } from "@convex-dev/migrations/_generated/component.js";
import { componentBatchRunner } from "convex-migration-harness/convex";
import { componentsGeneric } from "convex/server";
import type { DataModel } from "../_generated/dataModel";
import { internalMutation } from "../_generated/server";

/**
 * The @convex-dev/migrations component, as `components.migrations` in
 * _generated/api would be. `convex codegen --system-udfs` (no deployment)
 * cannot generate `components`, so this is written out: it is exactly what
 * codegen emits (`componentsGeneric()`), typed with the component's own API.
 */
const components = componentsGeneric() as unknown as { migrations: ComponentApi<"migrations"> };

/** Migrations written with the component: `migrations.define({ table, migrateOne })`. */
export const migrations = new Migrations<DataModel>(components.migrations, { internalMutation });

/** One batch of a component migration per call, in the batch protocol's shape (for the harness and operators). */
export const runBatch = componentBatchRunner({ internalMutation, component: components.migrations });
