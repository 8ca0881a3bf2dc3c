import fc from "fast-check";
import { docRef, type MigrationSpecOptions } from "convex-migration-harness";
import { api } from "./convex/_generated/api";

/** Users rename tasks while a migration runs; they see it on the task's project page. */
export const renames: MigrationSpecOptions["appWrites"] = [{
  name: "rename",
  mutation: api.tasks.rename,
  args: fc.record({ taskId: docRef("tasks"), title: fc.string({ minLength: 1, maxLength: 12 }) }),
  // The page that shows a rename is the task's project's: the read-back follows the task to its parent.
  readBack: ({ taskId }, { doc }) => [{ query: api.tasks.ofProject, args: { projectId: doc(taskId)!.projectId } }],
}];
