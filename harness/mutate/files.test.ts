// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { filesToMutate, relativeImports } from "./files.js";

const root = mkdtempSync(join(tmpdir(), "mutate-files-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};

write("convex/migrations/m.ts", `import { internalMutation } from "../_generated/server";\nimport { step } from "../lib/m/step";\nimport type { Doc } from "../_generated/dataModel";\nexport const forward = internalMutation({});\n`);
write("convex/lib/m/step.ts", `import {\n  helper,\n} from "../shared.js";\nimport { type Only } from "./types";\nimport schema from "../../schema";\nexport { again } from "./again";\nexport const step = helper;\n`);
write("convex/lib/shared.ts", `import { step } from "./m/step";\nexport const helper = 1;\n`);
write("convex/lib/m/types.ts", "export type Only = 1;\n");
write("convex/lib/m/again.ts", "export const again = 2;\n");
write("convex/schema.ts", "export default {};\n");
write("convex/_generated/server.ts", "export const internalMutation = (x: unknown) => x;\n");
write("convex/threads.ts", "export const search = 1;\n");

describe("filesToMutate", () => {
  test("follows the migration's imports through the Convex folder: not type-only ones, the schema or generated code", () => {
    expect(filesToMutate(root, "convex", { modules: ["migrations/m"], extra: [] })).toEqual([
      "convex/lib/m/again.ts",
      "convex/lib/m/step.ts",
      "convex/lib/shared.ts",
      "convex/migrations/m.ts",
    ]);
  });

  test("adds the spec's own `mutate` files, and says which glob matches nothing", () => {
    expect(filesToMutate(root, "convex", { modules: ["migrations/m"], extra: ["convex/threads.ts"] })).toContain("convex/threads.ts");
    expect(() => filesToMutate(root, "convex", { modules: ["migrations/m"], extra: ["convex/nope.ts"] })).toThrow(/matches no file: convex\/nope.ts/);
  });

  test("a module outside the app (a fault's) is skipped; nothing at all to mutate is an error", () => {
    expect(filesToMutate(root, "convex", { modules: ["faults/x", "migrations/m"], extra: [] })).toContain("convex/migrations/m.ts");
    expect(() => filesToMutate(root, "convex", { modules: ["faults/x"], extra: [] })).toThrow(/nothing to mutate/);
  });
});

test("relativeImports keeps code imports and re-exports, not packages or type-only imports", () => {
  const source = `import a from "./a";\nimport type { B } from "./b";\nimport { type C, type D } from "./c";\nimport { type E, f } from "./e";\nimport "./side";\nexport * from "./star";\nimport { v } from "convex/values";\n`;
  expect(relativeImports(source)).toEqual(["./a", "./e", "./side", "./star"]);
});
