// convex-test 0.0.71 bundled with convex 1.48.0 (both Apache-2.0, see LICENSE), by scripts/vendorConvexTest.ts.
import { ActionBuilder, ApiFromModules, DataModelFromSchemaDefinition, FilterApi, FunctionReference, FunctionReturnType, GenericActionCtx, GenericDataModel, GenericMutationCtx, GenericQueryCtx, GenericSchema, MutationBuilder, OptionalRestArgs, QueryBuilder, RequestMetadata, SchemaDefinition, UserIdentity } from "convex/server";
import { TransactionMetrics } from "./transactionMetrics.js";
export type TestConvex<SchemaDef extends SchemaDefinition<any, boolean>> = TestConvexRoot<DataModelFromSchemaDefinition<SchemaDef>>;
/**
 * A component registration function that can return its generated `ComponentApi`.
 *
 * Returning typed component references lets `defineTestApp` infer the component
 * API. If the component doesn't export a `register` function from their /test
 * entrypoint that returns the ComponentApi, it can be cast like
 * `{ register: componentTest.register as ComponentRegistration<ComponentApi> }`.
 *
 * Note: `defineTestApp` does not use the returned value.
 */
export type ComponentRegistration<Api> = (t: TestConvexRoot<any>, name: string) => Api | void;
type ComponentApiForName<Api, Name extends string> = Api extends FunctionReference<infer Type, infer Visibility, infer Args, infer ReturnType> ? FunctionReference<Type, Visibility, Args, ReturnType, Name> : {
    [Key in keyof Api]: ComponentApiForName<Api[Key], Name>;
};
type ComponentRegistrations = Record<string, {
    register: ComponentRegistration<any>;
}>;
type RegisteredComponents<Components extends ComponentRegistrations> = {
    [Name in keyof Components]: Components[Name]["register"] extends ComponentRegistration<infer Api> ? ComponentApiForName<Api, Name & string> : never;
};
/** Schema-bound function builders for an in-memory test application. */
export type TestApp<SchemaDef extends SchemaDefinition<any, boolean>, Components extends ComponentRegistrations = Record<never, never>> = {
    /** Typed references to the configured component instances. */
    components: RegisteredComponents<Components>;
    query: QueryBuilder<DataModelFromSchemaDefinition<SchemaDef>, "public">;
    internalQuery: QueryBuilder<DataModelFromSchemaDefinition<SchemaDef>, "internal">;
    mutation: MutationBuilder<DataModelFromSchemaDefinition<SchemaDef>, "public">;
    internalMutation: MutationBuilder<DataModelFromSchemaDefinition<SchemaDef>, "internal">;
    action: ActionBuilder<DataModelFromSchemaDefinition<SchemaDef>, "public">;
    internalAction: ActionBuilder<DataModelFromSchemaDefinition<SchemaDef>, "internal">;
    /**
     * Define function modules by their paths, e.g. `test` or `test/callbacks`,
     * without a leading `./` or file extension. Values are module exports,
     * rather than the import functions returned by `import.meta.glob`.
     *
     * References have the same types and behavior as generated Convex APIs.
     * Public functions appear in `api` and internal functions in `internal`.
     * Handlers referencing this API may need explicit return type annotations
     * to break TypeScript inference cycles.
     */
    defineModules<Modules extends Record<string, object>>(this: void, modules: Modules): TestAppDefinition<SchemaDef, Modules>;
};
/** Typed function references and a factory for fresh test instances. */
export type TestAppDefinition<SchemaDef extends SchemaDefinition<any, boolean>, Modules extends Record<string, object>> = {
    api: FilterApi<ApiFromModules<Modules>, FunctionReference<any, "public">>;
    internal: FilterApi<ApiFromModules<Modules>, FunctionReference<any, "internal">>;
    /**
     * Create fresh test state and register the configured components. Additional
     * components can be registered using their helpers or `t.registerComponent`.
     * `transactionLimits` has the same meaning as in `convexTest`.
     */
    createTest(this: void, options?: {
        transactionLimits?: Partial<TransactionMetrics> | boolean;
    }): TestConvex<SchemaDef>;
};
/**
 * Define an in-memory test application without generated files.
 *
 * The returned function builders are typed against `schema`. Pass modules of
 * registered functions to `defineModules` to get typed `api` and `internal`
 * references and a `createTest` factory. Each call to `createTest` creates fresh
 * test state and returns a normal {@link TestConvex}, which can be passed to
 * component testing helpers such as `componentTest.register(t)`.
 *
 * Optional `components` map keys are instance names. Each helper's `register`
 * function runs on every `createTest()` call. Helpers returning `ComponentApi`
 * provide typed references in `app.components`. Helpers returning `void` can be
 * cast to {@link ComponentRegistration} to supply their API type.
 *
 * @example
 * const app = defineTestApp({
 *   schema,
 *   components: { sampleComponent: sampleComponentTest },
 * });
 * const { api, createTest } = app.defineModules({
 *   test: {
 *     bar: app.mutation({
 *       args: { text: v.string() },
 *       returns: v.id("messages"),
 *       handler: async (ctx, args) => ctx.db.insert("messages", args),
 *     }),
 *   },
 * });
 * const t = createTest();
 * await t.mutation(api.test.bar, { text: "hello" });
 * await t.query(app.components.sampleComponent.public.count, { name: "beans" });
 */
export declare function defineTestApp<SchemaDef extends SchemaDefinition<any, boolean>, Components extends ComponentRegistrations = Record<never, never>>({ schema, components, }: {
    schema: SchemaDef;
    components?: Components;
}): TestApp<SchemaDef, Components>;
export type TestConvexForDataModel<DataModel extends GenericDataModel> = {
    /**
     * Call a public or internal query, or run an inline query function.
     *
     * @param query A {@link FunctionReference} for the query, or an inline
     *   async function that receives a query context.
     * @param args  An arguments object for the query. If this is omitted,
     *   the arguments will be `{}`. Not used for inline functions.
     * @returns A `Promise` of the query's result.
     */
    query: <QueryOrFunc extends FunctionReference<"query", any> | ((ctx: GenericQueryCtx<DataModel>) => Promise<any>)>(queryOrFunc: QueryOrFunc, ...args: QueryOrFunc extends FunctionReference<"query", any> ? OptionalRestArgs<QueryOrFunc> : []) => Promise<QueryOrFunc extends FunctionReference<"query", any> ? FunctionReturnType<QueryOrFunc> : QueryOrFunc extends (ctx: any) => Promise<infer Output> ? Output : never>;
    /**
     * Call a public or internal mutation, or run an inline mutation function.
     *
     * @param mutation A {@link FunctionReference} for the mutation, or an inline
     *   async function that receives a mutation context.
     * @param args  An arguments object for the mutation. If this is omitted,
     *   the arguments will be `{}`. Not used for inline functions.
     * @returns A `Promise` of the mutation's result.
     */
    mutation: <MutationOrFunc extends FunctionReference<"mutation", any> | ((ctx: GenericMutationCtx<DataModel>) => Promise<any>)>(mutationOrFunc: MutationOrFunc, ...args: MutationOrFunc extends FunctionReference<"mutation", any> ? OptionalRestArgs<MutationOrFunc> : []) => Promise<MutationOrFunc extends FunctionReference<"mutation", any> ? FunctionReturnType<MutationOrFunc> : MutationOrFunc extends (ctx: any) => Promise<infer Output> ? Output : never>;
    /**
     * Call a public or internal action, or run an inline action function.
     *
     * @param action A {@link FunctionReference} for the action, or an inline
     *   async function that receives an action context.
     * @param args  An arguments object for the action. If this is omitted,
     *   the arguments will be `{}`. Not used for inline functions.
     * @returns A `Promise` of the action's result.
     */
    action: <ActionOrFunc extends FunctionReference<"action", any> | ((ctx: GenericActionCtx<DataModel>) => Promise<any>)>(actionOrFunc: ActionOrFunc, ...args: ActionOrFunc extends FunctionReference<"action", any> ? OptionalRestArgs<ActionOrFunc> : []) => Promise<ActionOrFunc extends FunctionReference<"action", any> ? FunctionReturnType<ActionOrFunc> : ActionOrFunc extends (ctx: any) => Promise<infer Output> ? Output : never>;
    /**
     * Read from and write to the mock backend.
     *
     * The callback runs in a transaction, so `fetch` and timers are unavailable.
     * Perform setup that needs them in the test body before calling `run`.
     *
     * @param func The async function that reads or writes to the mock backend.
     *   It receives a ctx as its first argument that conforms to
     *   {@link GenericMutationCtx},
     *   so it can be passed to functions that expect either context, use file
     *   storage, etc.
     * @returns A `Promise` of the function's result.
     */
    run: <Output>(func: (ctx: GenericMutationCtx<DataModel> & Pick<GenericActionCtx<DataModel>, "storage">) => Promise<Output>) => Promise<Output>;
    /**
     * Call an HTTP action.
     *
     * @param path The request URL's path and optional query and fragment.
     * @param init Standard `fetch` options.
     */
    fetch(pathQueryFragment: string, init?: RequestInit): Promise<Response>;
    /**
     * Wait for all scheduled functions currently in the "inProgress" state
     * to either finish successfully or fail.
     *
     * Use in combination with `vi.useFakeTimers()` and `vi.runAllTimers()`
     * to control precisely the execution of scheduled functions.
     *
     * Typically:
     * 1. Use `vi.runAllTimers()` or similar to advance
     *   time such that a function is scheduled.
     * 2. Use `finishInProgressScheduledFunctions()` to wait for the function
     *    to finish.
     */
    finishInProgressScheduledFunctions: () => Promise<void>;
    /**
     * Wait for all currently scheduled functions and any functions they
     * schedule to either finish successfully or fail.
     *
     * Use in combination with `vi.useFakeTimers()` to test scheduled functions.
     *
     * Fake timers only need to be active for this call: functions scheduled
     * while real timers were active are drained too, as long as their
     * scheduled time has already passed on the real clock (e.g. scheduled
     * with `runAfter(0)`). Ones whose real-clock time hasn't arrived are
     * skipped, since they cannot be forced to fire by advancing fake timers.
     *
     * @param advanceTimers Function that advances timers,
     *   usually `vi.runAllTimers`. This function will be called in a loop
     *   with `finishInProgressScheduledFunctions()`.
     * @param maxIterations Optional maximum number of iterations to run
     *   scheduled functions. If not provided, defaults to 100. This prevents
     *   infinite loops if scheduled functions keep scheduling more functions.
     */
    finishAllScheduledFunctions: (advanceTimers: () => void, maxIterations?: number) => Promise<void>;
    /**
     * To test functions which depend on the current authenticated user identity
     * you can create a version of the `t` accessor with given user identity
     * attributes.
     *
     * The instance this is called on is not affected, and it is possible to call
     * `withIdentity` on the returned value again to call functions with a new identity.
     *
     * @param identity A subset of {@link UserIdentity} attributes. If you
     *   don't provide `issuer`, `subject` or `tokenIdentifier` they are
     *   generated automatically.
     */
    withIdentity(identity: Partial<UserIdentity>): TestConvexForDataModel<DataModel>;
    /**
     * To test functions which depend on the metadata of the request that
     * triggered them, available via `ctx.meta.getRequestMetadata()`, you can
     * create a version of the `t` accessor with a given IP address and user
     * agent.
     *
     * Attributes that aren't provided are `null`, and calling this method again
     * replaces both of them.
     *
     * @param metadata The `ip` and `userAgent` of the request.
     */
    withRequestMetadata(metadata: Partial<Pick<RequestMetadata, "ip" | "userAgent">>): TestConvexForDataModel<DataModel>;
    /**
     * The public keys that verify tokens signed by `ctx.auth.signJwt`, like the
     * JWKS the backend serves at `${CONVEX_CLOUD_URL}/.well-known/jwks.json`.
     *
     * Each `convexTest` instance signs with its own key, so the JWKS only
     * verifies tokens signed by the same instance.
     *
     * ```ts
     * import { createLocalJWKSet, jwtVerify } from "jose";
     *
     * const { payload } = await jwtVerify(token, createLocalJWKSet(await t.jwks()));
     * ```
     */
    jwks(): Promise<DeploymentJwks>;
};
/**
 * A JSON Web Key Set, as returned by {@link TestConvexForDataModel.jwks}.
 */
export type DeploymentJwks = {
    keys: DeploymentJwk[];
};
/**
 * A public key that verifies tokens signed by `ctx.auth.signJwt`.
 */
export type DeploymentJwk = {
    kty: "EC";
    crv: "P-256";
    x: string;
    y: string;
    kid: string;
    alg: "ES256";
    use: "sig";
};
/**
 * The accessor returned by {@link convexTest}. In addition to running
 * functions, it can register components.
 */
export type TestConvexRoot<DataModel extends GenericDataModel> = {
    /**
     * Register a component, so that the functions of the app under test can call
     * it.
     *
     * @returns References to the component's functions, typed as `ComponentApi`.
     */
    registerComponent: <ComponentApi = unknown>(componentPath: string, schema: SchemaDefinition<GenericSchema, boolean>, glob: Record<string, () => Promise<any>>) => ComponentApi;
} & TestConvexForDataModel<DataModel>;
/**
 * @deprecated Use {@link TestConvexRoot} instead.
 */
export type TestConvexForDataModelAndIdentity<DataModel extends GenericDataModel> = TestConvexRoot<DataModel>;
/**
 * Call this function at the start of each of your tests.
 *
 * @param schema The default export from your "schema.ts" file.
 * @param modules If you have a custom `functions` path
 *     in convex.json, provide the function modules map by calling
 *     `import.meta.glob("./**\/*.*s")` from a file at the root of
 *     your Convex functions directory.
 * @returns an object which is by convention stored in the `t` variable
 *   and which provides methods for exercising your Convex functions.
 */
export declare function convexTest<Schema extends GenericSchema>(schema?: SchemaDefinition<Schema, boolean>, modules?: Record<string, () => Promise<any>>): TestConvex<SchemaDefinition<Schema, boolean>>;
/**
 * Call this function at the start of each of your tests.
 *
 * @param options An optional configuration object with:
 *   - `schema`: The default export from your "schema.ts" file.
 *   - `modules`: If you have a custom `functions` path
 *     in convex.json, provide the function modules map by calling
 *     `import.meta.glob("./**\/*.*s")` from a file at the root of
 *     your Convex functions directory.
 *   - `transactionLimits`: Configure per-transaction bandwidth limits.
 *     - `false` (default): limits are not enforced
 *     - `true` or `{}`: enforce default Convex limits
 *     - `{ bytesRead: 1024 }`: override specific limits
 *
 * Regardless of `transactionLimits`, a query may only call `.paginate()` once,
 * including nested query calls and component calls. Mutations may paginate
 * multiple times and call multiple queries that each paginate once.
 *
 * @returns an object which is by convention stored in the `t` variable
 *   and which provides methods for exercising your Convex functions.
 *
 * @example
 * const t = convexTest({ schema });
 * const t = convexTest({ schema, modules });
 */
export declare function convexTest<Schema extends GenericSchema>(options: {
    schema?: SchemaDefinition<Schema, boolean>;
    /** For example `import.meta.glob("./**\/*.*s")` */
    modules?: Record<string, () => Promise<any>>;
    transactionLimits?: Partial<TransactionMetrics> | boolean;
}): TestConvex<SchemaDefinition<Schema, boolean>>;
export {};
import type { FunctionReference, FunctionType } from "convex/server";
import type { JSONValue, Value } from "convex/values";
/** convex's placeholder for a commit timestamp not yet known (a document's _creationTime inside its transaction). */
export declare class CommitTsPlaceholder {}
export declare function compareValues(k1: Value | undefined, k2: Value | undefined): number;
export declare function convexToJson(value: Value): JSONValue;
export declare function jsonToConvex(value: JSONValue): Value;
export declare function getDocumentSize(value: Record<string, Value>, options?: {}): number;
export declare function makeFunctionReference<T extends FunctionType>(name: string): FunctionReference<T>;
