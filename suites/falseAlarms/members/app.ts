import { defineApp } from "convex-migration-harness";
import schema from "./convex/schema";

export const app = defineApp({ schema, modules: import.meta.glob("./convex/**/*.*s") });
