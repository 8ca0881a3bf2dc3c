import { inject, type TestRunner } from "vitest";
import { PROVIDE_KEY } from "../model/config.js";
import { registerSpecFile } from "./register/index.js";
import { vitestTestRunner } from "./runnerBase.js";
import "./register/provided.js";

type Source = Parameters<TestRunner["importFile"]>[1];

/**
 * vitest's test runner, plus one step: right after a test file is imported
 * for collection, the spec its default export declares is turned into tests
 * (register/index.ts). Registering from the module's exports, not from
 * side effects of importing it, means a spec file imported by another file
 * first (a shared module cache) is registered all the same, and importing
 * a spec never registers tests anywhere else.
 */
export default class MigrationHarnessRunner extends (await vitestTestRunner()) {
  override async importFile(filepath: string, source: Source): Promise<unknown> {
    const exported = await super.importFile(filepath, source);
    if (source === "collect") {
      const options = inject(PROVIDE_KEY);
      if (options) await registerSpecFile(filepath, exported as Record<string, unknown>, options, this.config.name ?? "");
    }
    return exported;
  }
}
