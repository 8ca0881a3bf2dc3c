import { defineApp } from "convex-migration-harness";
import schema from "../convex/schema";

export const app = defineApp({ schema, modules: {} as Record<string, () => Promise<any>>, env: { SLUG_PREFIX: "test" } });
