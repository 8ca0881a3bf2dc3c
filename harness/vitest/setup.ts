import { inject } from "vitest";
import { PROVIDE_KEY } from "../model/config.js";
import "./register/provided.js";

/**
 * The preset's setup file, run before each test file: loads the module that
 * calls defineApp (the `app` option), so the app's environment is in force
 * before any test file imports one of the app's modules.
 */
const options = inject(PROVIDE_KEY);
if (options?.app) await import(/* @vite-ignore */ `${options.root}/${options.app}`);
