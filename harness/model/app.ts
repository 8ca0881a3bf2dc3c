import type { DataModelFromSchemaDefinition, GenericSchema, SchemaDefinition, TableNamesInDataModel, UserIdentity } from "convex/server";
import { TEST_MODE_VARIABLE } from "../convex/testMode.js";
import type { SnapshotDocument } from "./snapshot.js";

/** Any app's schema: the default export of convex/schema.ts. */
export type AnySchema = SchemaDefinition<GenericSchema, boolean>;

/** The table names of a schema, as TypeScript knows them. */
export type TableName<S extends AnySchema> = TableNamesInDataModel<DataModelFromSchemaDefinition<S>> & string;

/** A convex-test `import.meta.glob("../convex/**\/*.*s")` of the app's convex/ folder. */
export type ModuleMap = Record<string, () => Promise<any>>;

/** What a read path or app write runs as: the `ctx.auth.getUserIdentity()` the app's function sees. */
export type Identity = Partial<UserIdentity> & { [claim: string]: unknown };

/** Names of the app's test-only functions (convex/testing.ts, from `testingFunctions`). */
export interface TestingFunctions {
  seed: string;
  deleteDocuments: string;
  /** Sets fields of seeded documents: a dataset's patches (self-references, reference cycles). */
  patchDocuments: string;
  clearAll: string;
  readPage: string;
  /** Stores blobs (an internal action): the `_storage` documents a dataset references. */
  seedStorage: string;
  /** Schedules calls and cancels them at once: the `_scheduled_functions` documents a dataset references. */
  seedScheduled: string;
}

export interface AppOptions<S extends AnySchema> {
  /** The default export of convex/schema.ts. */
  schema: S;
  /** `import.meta.glob("../convex/**\/*.*s")`, evaluated in the file that calls defineApp. */
  modules: ModuleMap;
  /**
   * Environment the app's functions see (keys, feature flags). Set in the
   * test process when defineApp runs, which the harness's vitest setup makes
   * happen before any app module loads, so a module-level
   * `process.env.X ?? "default"` reads the test value. The harness always adds
   * CONVEX_HARNESS_TEST_MODE=1, which the test-only functions require.
   */
  env?: Record<string, string>;
  /** Where the test-only functions are, if not `testing:seed`, `testing:readPage`, ... */
  functions?: Partial<TestingFunctions>;
  /**
   * Called on every fresh in-memory backend, e.g. to register components
   * (`migrationsTest.register(t, "migrations")`) that convex-test cannot discover itself.
   */
  setupMemory?: (t: any) => void;
  /**
   * The identity a document of the dataset acts as (`as` of read paths and
   * app writes). Default: `subject` the document's id, and its
   * `tokenIdentifier`, `name` and `email` fields when it has them.
   */
  identity?: (doc: SnapshotDocument) => Identity;
  /**
   * Tables where the app's migrations keep their own records (a ledger of
   * what each changed, an issues table), written by every migration. Said
   * once here instead of in every spec: each spec `touches` them, the
   * default datasets start with them empty (legacy data, before any
   * migration ran), and no state comparison (roundTrip, idempotent,
   * batchIndependent, resumable) looks at them, so a rollback that keeps its
   * history passes. targetValid and referentialIntegrity still check them,
   * and a spec's `conserves` still sees them: what must be in them is said there.
   */
  bookkeeping?: readonly TableName<S>[];
}

/**
 * The app under test, as `defineApp` returns it: its schema, its modules, the
 * environment its functions see and the names of its test-only functions.
 * Every spec of the app is declared against it.
 */
export interface App<S extends AnySchema = AnySchema> {
  readonly schema: S;
  readonly modules: ModuleMap;
  readonly env: Readonly<Record<string, string>>;
  readonly functions: Readonly<TestingFunctions>;
  readonly tables: readonly TableName<S>[];
  readonly setupMemory?: (t: any) => void;
  readonly identity: (doc: SnapshotDocument) => Identity;
  /** Tables every migration writes for its own records (`bookkeeping` of defineApp); empty when none. */
  readonly bookkeeping: readonly string[];
  /** Module paths as Convex names them ("migrations/apiKeysToTable"), for checking function names. */
  readonly modulePaths: ReadonlySet<string>;
}

const defaultFunctions: TestingFunctions = {
  seed: "testing:seed",
  deleteDocuments: "testing:deleteDocuments",
  patchDocuments: "testing:patchDocuments",
  clearAll: "testing:clearAll",
  readPage: "testing:readPage",
  seedStorage: "testing:seedStorage",
  seedScheduled: "testing:seedScheduled",
};

/**
 * Describes the app under test. The harness never imports the app: the app's
 * wiring passes its schema and modules in, so any Convex project can use it.
 * Sets the app's environment (`env`) in this process at once.
 *
 * @example
 * import schema from "../../convex/schema";
 * export const app = defineApp({ schema, modules: import.meta.glob("../../convex/**\/*.*s"), env: { SECRET: "test" } });
 */
export function defineApp<S extends AnySchema>(options: AppOptions<S>): App<S> {
  if (!options || typeof options !== "object") throw new Error("defineApp: options are required");
  if (!options.schema || typeof options.schema !== "object" || !("tables" in options.schema)) {
    throw new Error("defineApp: `schema` must be the default export of convex/schema.ts");
  }
  if (!options.modules || Object.keys(options.modules).length === 0) {
    throw new Error('defineApp: `modules` is empty; pass import.meta.glob("../convex/**/*.*s") (the app\'s whole convex/ folder)');
  }
  if (!Object.keys(options.modules).some((path) => path.includes("_generated"))) {
    throw new Error("defineApp: `modules` has no _generated/ files; run `npx convex codegen` and glob the whole convex/ folder");
  }
  if (options.env !== undefined && (typeof options.env !== "object" || Object.values(options.env).some((v) => typeof v !== "string"))) {
    throw new Error("defineApp: `env` must map variable names to strings");
  }
  const tables = Object.keys(options.schema.tables);
  const bookkeeping = options.bookkeeping ?? [];
  if (!Array.isArray(bookkeeping)) throw new Error("defineApp: `bookkeeping` must be an array of table names, e.g. [\"migrationLedger\"]");
  for (const table of bookkeeping) {
    if (!tables.includes(table)) throw new Error(`defineApp: \`bookkeeping\` names table "${String(table)}", which the schema does not define; known: ${tables.join(", ")}`);
  }
  const env = Object.freeze({ ...options.env, [TEST_MODE_VARIABLE]: "1" });
  applyEnv(env);
  return Object.freeze({
    schema: options.schema,
    modules: options.modules,
    env,
    functions: Object.freeze({ ...defaultFunctions, ...options.functions }),
    tables: Object.freeze(tables) as readonly TableName<S>[],
    setupMemory: options.setupMemory,
    identity: options.identity ?? defaultIdentity,
    bookkeeping: Object.freeze([...bookkeeping]),
    modulePaths: modulePathsOf(options.modules),
  });
}

/**
 * Adds modules to an app, e.g. broken variants of migrations that must be
 * callable like app functions but must never ship in convex/. Keys are
 * function-path prefixes such as "faults/skipFirst" (its functions are then
 * "faults/skipFirst:forward").
 *
 * @internal Not part of the package's API: a spec adds such modules with its
 * `faultModules` option, which calls this.
 */
export function withExtraModules<S extends AnySchema>(app: App<S>, extra: ModuleMap): App<S> {
  const generated = Object.keys(app.modules).find((path) => path.includes("_generated"))!;
  const root = generated.split("_generated")[0];
  const modules: ModuleMap = { ...app.modules };
  for (const [name, load] of Object.entries(extra)) modules[`${root}${name}.ts`] = load;
  return Object.freeze({ ...app, modules, modulePaths: modulePathsOf(modules) });
}

/** The app's environment in this process: functions on the memory backend read process.env. */
export function applyEnv(env: Readonly<Record<string, string>>): void {
  if (typeof process === "undefined") return;
  for (const [name, value] of Object.entries(env)) process.env[name] = value;
}

function defaultIdentity(doc: SnapshotDocument): Identity {
  const issuer = "https://convex-migration-harness.test";
  const subject = String(doc._id);
  const claims: Record<string, string> = { subject, issuer, tokenIdentifier: `${issuer}|${subject}` };
  for (const claim of ["tokenIdentifier", "name", "email"]) {
    if (typeof doc[claim] === "string") claims[claim] = doc[claim] as string;
  }
  return claims;
}

/** "../convex/migrations/x.ts" -> "migrations/x", as Convex names a module in a function path. */
function modulePathsOf(modules: ModuleMap): ReadonlySet<string> {
  const keys = Object.keys(modules);
  const generated = keys.find((path) => path.includes("_generated"))!;
  const root = generated.split("_generated")[0];
  return new Set(keys.filter((k) => k.startsWith(root)).map((k) => k.slice(root.length).replace(/\.[cm]?[jt]s$/, "")));
}
