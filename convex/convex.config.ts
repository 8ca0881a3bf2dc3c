import migrations from "@convex-dev/migrations/convex.config.js";
import { defineApp } from "convex/server";

/**
 * The app's components. @convex-dev/migrations keeps each migration's cursor
 * and status in its own tables; two of the app's migrations are written with
 * it (see convex/migrations/component.ts). convex-test cannot discover
 * components: tests register it (`migrationsTest.register(t)`).
 */
const app = defineApp();
app.use(migrations);

export default app;
