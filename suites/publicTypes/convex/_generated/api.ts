// What `npx convex codegen` writes, by hand.
import { anyApi, type ApiFromModules, type FilterApi, type FunctionReference } from "convex/server";
import type * as posts from "../posts";
import type * as testing from "../testing";

declare const fullApi: ApiFromModules<{ posts: typeof posts; testing: typeof testing }>;
export const internal: FilterApi<typeof fullApi, FunctionReference<any, "internal">> = anyApi as any;
