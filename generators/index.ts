/**
 * Generators: fast-check arbitraries for Convex datasets. Datasets are plain
 * data with symbolic references; every random draw comes from fast-check, so
 * each dataset replays from its seed and shrinks. `fromSchema` covers most
 * specs; the rest is for authors of hand-built datasets.
 */
export { ref, isRefMarker, type Dataset, type DatasetDocument, type DatasetValue } from "../harness/model/dataset.js";
export { fromSchema } from "./fromSchema.js";
export type { FromSchemaOptions } from "./options/fromSchemaOptions.js";
export { fromValidator } from "./fromValidator.js";
export { fakerArbitrary } from "./faker.js";
export { schemaDataClasses } from "./schemaDataClasses.js";
export { dataClassesOf, withDataClasses } from "./dataClassRegistry.js";
export { coverageOf } from "./coverage.js";
export { maybe, rarely } from "./_internals/maybe.js";
export { fieldName } from "./_internals/fieldName.js";
export { jsonLike } from "./_internals/jsonLike.js";
export { sizedArray } from "./_internals/sizedArray.js";
