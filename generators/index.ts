/**
 * Generators: fast-check arbitraries for Convex datasets. Datasets are plain
 * data with symbolic references (see dataset.ts); every random draw comes
 * from fast-check, so each dataset replays from its seed and shrinks.
 */
export {
  datasetSize,
  isEncryptMarker,
  isRefMarker,
  ref,
  type Dataset,
  type DatasetDocument,
  type DatasetPatch,
  type DatasetValue,
  type EncryptMarker,
  type RefMarker,
} from "../harness/model/dataset.js";
export { buildWithSeed, fakerArbitrary } from "./faker.js";
export { fromTable, fromValidator, resolveFromValidatorOptions, type FromValidatorOptions } from "./fromValidator.js";
export { fromSchema } from "./fromSchema.js";
export type { FieldOptions, FromSchemaOptions, SizePressureOptions, TableOptions } from "./options/fromSchemaOptions.js";
export { resolveFromSchemaOptions } from "./_internals/schema/resolveOptions.js";
export type { ResolvedFromSchemaOptions } from "./_internals/schema/resolved.js";
export type { SchemaLike } from "./_internals/schema/analyze.js";
export { schemaDataClasses } from "./schemaDataClasses.js";
export { dataClassesOf, mergeDataClasses, withDataClasses, type DataClasses } from "./dataClassRegistry.js";
export { coverageOf, type CoverageOptions } from "./coverage.js";
export { sizedArray } from "./_internals/sizedArray.js";
