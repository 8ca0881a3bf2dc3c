import type fc from "fast-check";
import type { Dataset } from "../harness/model/dataset.js";
import type { StratumShare } from "./_internals/strata.js";

/**
 * Data classes a dataset arbitrary must reach, and how to tell which of them
 * a dataset holds: the shape certify's coverage check takes (`{ classes,
 * classify }`), so it can require them without a spec listing them.
 */
export interface DataClasses {
  /** Every class the datasets must reach, in a stable order. */
  readonly classes: readonly string[];
  /** The classes one dataset holds (classes outside `classes` may appear too). */
  classify(dataset: Dataset): string[];
  /**
   * The strata the arbitrary draws from, by name and share (fromSchema's
   * size pressure): a coverage sample draws each its share of datasets, so
   * that a class one stratum always holds is counted the same at every seed.
   */
  readonly strata?: ReadonlyArray<{ readonly name: string; readonly share: number }>;
  /** The option that changes how often a class is drawn, for a coverage shortfall to name. */
  advice?(dataClass: string): string | undefined;
}

const registry = new WeakMap<object, DataClasses>();

/**
 * `arbitrary`, registered with the data classes it aims at, so that
 * `dataClassesOf(spec.dataset)` finds them. fromSchema registers its own;
 * a generator built on it (which maps or combines its arbitrary) registers
 * the result again, merged with its own classes.
 *
 * @example
 * const datasets = withDataClasses(fromSchema(schema).map(tweak), schemaDataClasses(schema));
 */
export function withDataClasses<T>(arbitrary: fc.Arbitrary<T>, classes: DataClasses): fc.Arbitrary<T> {
  registry.set(arbitrary, classes);
  return arbitrary;
}

/**
 * The data classes an arbitrary was registered with, or undefined.
 *
 * @example
 * const derived = dataClassesOf(spec.dataset); // certify: required on top of the spec's own
 */
export function dataClassesOf(arbitrary: fc.Arbitrary<unknown>): DataClasses | undefined {
  return registry.get(arbitrary);
}

/**
 * Several sets of data classes as one: every class of each, and every class
 * each classifier finds. How a spec adds its own classes to those derived
 * from the schema.
 *
 * @internal the spec's resolver's, not exported by the package (a spec's `dataClasses` option merges this way).
 * @example
 * mergeDataClasses(schemaDataClasses(schema, options), { classes: ["metadata:v2"], classify: (d) => metadataClasses(d) })
 */
export function mergeDataClasses(...parts: DataClasses[]): DataClasses {
  const classes = [...new Set(parts.flatMap((part) => part.classes))];
  // Strata of two generators would force each other's draws: only one part's are kept.
  const stratified = parts.filter((part) => part.strata !== undefined);
  const strata: readonly StratumShare[] | undefined = stratified.length === 1 ? stratified[0].strata : undefined;
  return {
    classes,
    classify: (dataset) => [...new Set(parts.flatMap((part) => part.classify(dataset)))],
    ...(strata ? { strata } : {}),
    advice: (dataClass) => parts.map((part) => part.advice?.(dataClass)).find((advice) => advice !== undefined),
  };
}
