/**
 * Every migration suite, by name, for what runs outside its own test file:
 * the corpus replay (suites/corpus.test.ts), `npm run fuzz` and
 * `npm run certify`. Adding a migration is one `migration(...)` line; each
 * catalogued fault (suites/faults/catalogue.ts) becomes an entry too, so a
 * fuzz run can be pointed at one (`--migration apiKeysToTable_skipsFirstOfPage`).
 */
import { internal } from "../convex/_generated/api";
import { IMAGE_GENERATION_DEFAULTS } from "../convex/lib/backfillImageGenerationDefaults/steps";
import {
  API_KEYS_DATA_CLASSES,
  LEGACY_DATA_CLASSES,
  SETTINGS_DATA_CLASSES,
  apiKeysDataClasses,
  chatDataClasses,
  legacyDataClasses,
  settingsDataClasses,
  type Dataset,
} from "../generators/index.js";
import {
  batchMigration,
  componentMigration,
  type App,
  type MigrationDriver,
  type MigrationSpec,
  type MigrationSpecOptions,
} from "../harness/index.js";
import { defineRegistry, type CoverageSpec, type RegistryEntry } from "../harness/corpus/registry.js";
import { apiKeysToTableSpec } from "./apiKeysToTable.spec.js";
import { app } from "./app.js";
import { backfillImageGenerationDefaultsSpec } from "./backfillImageGenerationDefaults.spec.js";
import { dropSaveRegenerationHistorySpec } from "./dropSaveRegenerationHistory.spec.js";
import { encryptPlaintextKeysSpec } from "./encryptPlaintextKeys.spec.js";
import { overridesFor } from "./faults/expectCaught.js";
import { faultApp, faultFunction, faultName, faults, type Fault } from "./faults/catalogue.js";
import { DATA_CLASSES as messageMetadataV2Classes, messageMetadataV2Spec } from "./messageMetadataV2.spec.js";
import { DATA_CLASSES as quarantineOrphansClasses, quarantineOrphansSpec } from "./quarantineOrphans.spec.js";
import { DATA_CLASSES as threadSearchClasses, threadSearchSpec } from "./threadSearch.spec.js";

type SpecFactory = (overrides?: Partial<MigrationSpecOptions>) => MigrationSpec;

interface Registered {
  spec: SpecFactory;
  /** How a fault's broken direction is driven: the protocol of the migration it replaces. */
  driver: (functionName: string) => MigrationDriver;
  coverage?: (spec: MigrationSpec) => CoverageSpec;
  app?: App;
}

const batch = (fn: string) => batchMigration(fn);
const component = (fn: string) => componentMigration(fn, { runner: internal.migrations.component.runBatch });

/** Data classes: the generator's list (or the suite's own share of it), less those its options never aim at. */
const classes = (all: readonly string[], classify: (d: Dataset) => readonly string[], unreachable: string[] = []): CoverageSpec => ({
  classes: all.filter((name) => !unreachable.includes(name)),
  classify,
});

// One line per migration: spec factory, driver of its faults, data classes.
const registered: Registered[] = [
  { spec: apiKeysToTableSpec, driver: batch, coverage: (s) => classes(LEGACY_DATA_CLASSES, (d) => legacyDataClasses(d, { batchSize: s.batchSize })) },
  { spec: encryptPlaintextKeysSpec, driver: batch, coverage: (s) => classes(API_KEYS_DATA_CLASSES, (d) => apiKeysDataClasses(d, { batchSize: s.batchSize })) },
  { spec: messageMetadataV2Spec, driver: batch, coverage: (s) => classes(messageMetadataV2Classes, (d) => chatDataClasses(d, { batchSize: s.batchSize, paged: "messages" })) },
  { spec: dropSaveRegenerationHistorySpec, driver: component, coverage: (s) => classes(SETTINGS_DATA_CLASSES, (d) => settingsDataClasses(d, { batchSize: s.batchSize }), ["imageGeneration:defaults"]) },
  { spec: backfillImageGenerationDefaultsSpec, driver: component, coverage: (s) => classes(SETTINGS_DATA_CLASSES, (d) => settingsDataClasses(d, { batchSize: s.batchSize, defaults: IMAGE_GENERATION_DEFAULTS })) },
  { spec: quarantineOrphansSpec, driver: batch, coverage: (s) => classes(quarantineOrphansClasses, (d) => chatDataClasses(d, { batchSize: s.batchSize, paged: "threads" })) },
  { spec: threadSearchSpec, driver: batch, coverage: (s) => classes(threadSearchClasses, (d) => chatDataClasses(d, { batchSize: s.batchSize, paged: "threads" })) },
];

function migrationEntry(r: Registered): RegistryEntry {
  const base = r.spec();
  return {
    name: base.name,
    file: `suites/${base.name}.prop.test.ts`,
    app: r.app ?? app,
    spec: r.spec,
    coverage: r.coverage?.(base),
  };
}

/** What a fault replaces, as spec overrides (a new query is not a direction: see threadSearch.faults.test.ts). */
function faultOverrides(fault: Fault, base: MigrationSpec, r: Registered): Partial<MigrationSpecOptions> {
  if (fault.replaces.includes("newQuery")) {
    return { queries: { ...base.queries!, stages: [...base.queries!.stages], new: faultFunction(fault, "newQuery") } };
  }
  return overridesFor(fault, base, r.driver);
}

function faultEntry(fault: Fault, r: Registered, migration: RegistryEntry): RegistryEntry {
  const name = faultName(fault);
  return {
    name,
    file: `suites/faults/${fault.migration}.faults.test.ts`,
    app: faultApp,
    spec: (overrides = {}) => r.spec({ name, ...faultOverrides(fault, r.spec(), r), ...overrides }),
    coverage: migration.coverage,
    invariants: [fault.invariant],
    fault: true,
  };
}

const migrations = registered.map((r) => ({ r, entry: migrationEntry(r) }));

export const registry = defineRegistry([
  ...migrations.map(({ entry }) => entry),
  ...faults.flatMap((fault) => {
    const found = migrations.find(({ entry }) => entry.name === fault.migration);
    return found ? [faultEntry(fault, found.r, found.entry)] : [];
  }),
]);
