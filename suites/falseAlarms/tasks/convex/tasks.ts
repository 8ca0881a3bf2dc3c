import { v } from "convex/values";
import { mutation, query } from "./_generated/server";

/** A project's task titles, as its page lists them. */
export const ofProject = query({
  args: { projectId: v.id("projects") },
  handler: async (ctx, { projectId }) => {
    const tasks = await ctx.db.query("tasks").withIndex("by_project", (q) => q.eq("projectId", projectId)).collect();
    return tasks.map((task) => task.title).sort();
  },
});

/** Renames a task, keeping the lowercase copy in step once it exists. */
export const rename = mutation({
  args: { taskId: v.id("tasks"), title: v.string() },
  handler: async (ctx, { taskId, title }) => {
    const task = await ctx.db.get(taskId);
    if (!task) return;
    await ctx.db.patch(taskId, task.titleLower === undefined ? { title } : { title, titleLower: title.toLowerCase() });
  },
});
