import type { GenericSchema, SchemaDefinition } from "convex/server";

/** A convex-test `import.meta.glob("./**\/*.*s")` of the app's convex/ folder. */
export type ModuleMap = Record<string, () => Promise<any>>;

/** Names of the app's test-only functions (see convex/testing.ts). */
export interface TestingFunctions {
  seed: string;
  deleteDocuments: string;
  /** Sets fields of seeded documents: a dataset's patches (self-references, reference cycles). */
  patchDocuments: string;
  clearAll: string;
  readPage: string;
}

export interface AppOptions {
  schema: SchemaDefinition<GenericSchema, boolean>;
  modules: ModuleMap;
  /**
   * Environment the app's functions see. The harness always adds
   * CONVEX_HARNESS_TEST_MODE=1, which the test-only functions require.
   */
  env?: Record<string, string>;
  functions?: Partial<TestingFunctions>;
  /**
   * Called on every fresh in-memory backend, e.g. to register components
   * (`migrationsTest.register(t)`) that convex-test cannot discover itself.
   */
  setupMemory?: (t: any) => void;
}

export interface App {
  readonly schema: SchemaDefinition<GenericSchema, boolean>;
  readonly modules: ModuleMap;
  readonly env: Readonly<Record<string, string>>;
  readonly functions: Readonly<TestingFunctions>;
  readonly tables: readonly string[];
  readonly setupMemory?: (t: any) => void;
}

export const TEST_MODE_VARIABLE = "CONVEX_HARNESS_TEST_MODE";

const defaultFunctions: TestingFunctions = {
  seed: "testing:seed",
  deleteDocuments: "testing:deleteDocuments",
  patchDocuments: "testing:patchDocuments",
  clearAll: "testing:clearAll",
  readPage: "testing:readPage",
};

/**
 * Describes the app under test. The harness never imports the app: suites pass
 * its schema and modules in, so any Convex project can use the harness.
 *
 * @example
 * const app = defineApp({ schema, modules: import.meta.glob("./**\/*.*s") });
 */
export function defineApp(options: AppOptions): App {
  if (!options || typeof options !== "object") throw new Error("defineApp: options are required");
  if (!options.schema || typeof options.schema !== "object" || !("tables" in options.schema)) {
    throw new Error("defineApp: `schema` must be the default export of convex/schema.ts");
  }
  if (!options.modules || Object.keys(options.modules).length === 0) {
    throw new Error(
      'defineApp: `modules` is empty; pass import.meta.glob("./**/*.*s") evaluated inside convex/',
    );
  }
  if (!Object.keys(options.modules).some((path) => path.includes("_generated"))) {
    throw new Error(
      "defineApp: `modules` has no _generated/ files; run `npx convex codegen` and glob the whole convex/ folder",
    );
  }
  return Object.freeze({
    schema: options.schema,
    modules: options.modules,
    env: Object.freeze({ ...options.env, [TEST_MODE_VARIABLE]: "1" }),
    functions: Object.freeze({ ...defaultFunctions, ...options.functions }),
    tables: Object.freeze(Object.keys(options.schema.tables)),
    setupMemory: options.setupMemory,
  });
}

/**
 * Adds modules to an app, e.g. the broken migrations of suites/faults/, which
 * must be callable like app functions but must never ship in convex/.
 * Keys are function-path prefixes such as "faults/skipFirst".
 */
export function withExtraModules(app: App, extra: Record<string, () => Promise<any>>): App {
  const generated = Object.keys(app.modules).find((path) => path.includes("_generated"))!;
  const root = generated.split("_generated")[0];
  const modules: ModuleMap = { ...app.modules };
  for (const [name, load] of Object.entries(extra)) modules[`${root}${name}.ts`] = load;
  return Object.freeze({ ...app, modules });
}
