import { join } from "node:path";
import { findFiles, matchesAny } from "../model/files.js";
import type { ResolvedHarnessOptions } from "../model/config.js";

/** What the preset needs of a vitest project (vitest 3.1+'s TestProject). */
export interface ProjectLike {
  name: string;
  config: { include: string[] };
  matchesTestGlob?(moduleId: string): boolean;
}

/**
 * Makes a vitest project that has the preset run the spec files: their
 * globs join its include (only them in a CLI's mode). The preset's config
 * hook does this where vitest runs it per project (vitest 2 to 4, a project
 * with `extends`); vitest 5 runs it once, on the root config, and an inline
 * project's own include then replaces the root's, so spec files vanished
 * with no error. Returns a warning for each spec file the project would
 * still not run (its exclude, its dir or root leave it out): never zero
 * tests in silence.
 */
export function fitProject(project: ProjectLike, options: ResolvedHarnessOptions, specsOnly: boolean): string[] {
  const include = project.config.include;
  // In a CLI's mode, spec files only: those the config already narrowed to (mutate's one spec file), else every one.
  const narrowed = include.filter((glob) => options.specs.includes(glob) || matchesAny(glob, options.specs));
  const wanted = specsOnly ? (narrowed.length > 0 ? narrowed : [...options.specs]) : [...include, ...options.specs.filter((glob) => !include.includes(glob))];
  include.splice(0, include.length, ...wanted);
  if (!project.matchesTestGlob) return [];
  const name = project.name ? `"${project.name}"` : "(unnamed)";
  return findFiles(options.root, options.specs)
    .filter((file) => !project.matchesTestGlob!(join(options.root, file)))
    .map((file) => `convex-migration-harness: ${file} matches the harness's specs (${options.specs.join(", ")}) but vitest project ${name} would not run it: its exclude, dir or root leave it out`);
}
