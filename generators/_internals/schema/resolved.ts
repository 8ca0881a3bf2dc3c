import type { FieldOptions } from "../../options/fromSchemaOptions.js";
import type { SchemaPlan } from "./analyze.js";
import type { Join } from "./joins.js";
import type { ResolvedTable } from "./tableOptions.js";

export interface ResolvedSizePressure {
  readonly share: number;
  readonly tables: ReadonlySet<string>;
  readonly fanOut: number;
  readonly maxChildren: number;
}

/** fromSchema's options, checked against the schema, with every default filled in. */
export interface ResolvedFromSchemaOptions {
  readonly plan: SchemaPlan;
  readonly batchSize: number;
  readonly paged?: string;
  /** Every generated table, in seeding order. */
  readonly tables: ReadonlyMap<string, ResolvedTable>;
  /** Keyed by "table.path". */
  readonly fields: ReadonlyMap<string, FieldOptions>;
  /** Fields drawn from another field's values (`from`, and the joins fromSchema infers). */
  readonly joins: readonly Join[];
  readonly presence: number;
  readonly pressure: ResolvedSizePressure;
  readonly maxDepth: number;
  readonly maxLength: number;
  readonly noNaN: boolean;
}
