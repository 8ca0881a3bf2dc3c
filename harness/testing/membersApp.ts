import { defineApp } from "../model/app.js";
import schema from "./members/convex/schema.js";

/**
 * A small real Convex app (harness/testing/members/convex) for the harness's
 * own tests of what real schemas bring: members joined to identities by a
 * string (tokenIdentifier = subject), uploads holding `_storage` and
 * `_scheduled_functions` ids in every position, and a member whose copied
 * name can push it past 1 MiB.
 */
export const membersApp = defineApp({ schema, modules: import.meta.glob("./members/convex/**/*.*s") });
