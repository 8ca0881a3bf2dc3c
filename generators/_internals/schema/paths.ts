import type { Validator } from "./validators.js";

/**
 * The validators at a field path, in the path syntax of the overrides
 * ("preferences", "metadata.version", "tags[]", "scores.*"): several when
 * the path goes through a union (one per member that has it), none when no
 * value can have it.
 */
export function validatorsAt(root: Validator, path: string): Validator[] {
  let current = [root];
  for (const step of steps(path)) current = current.flatMap((v) => stepInto(v, step));
  return current;
}

/** "a.b[].*" -> ["a", "b", "[]", "*"] */
function steps(path: string): string[] {
  if (path === "") return [];
  return path.split(".").flatMap((part) => {
    const out: string[] = [];
    let rest = part;
    while (rest.endsWith("[]")) {
      out.unshift("[]");
      rest = rest.slice(0, -2);
    }
    return rest === "" ? out : [rest, ...out];
  });
}

function stepInto(v: Validator, step: string): Validator[] {
  switch (v.kind) {
    case "union":
      return v.members!.flatMap((member) => stepInto(member, step));
    case "object":
      return step in v.fields! ? [v.fields![step]] : [];
    case "array":
      return step === "[]" ? [v.element!] : [];
    case "record":
      return step === "*" ? [v.value as Validator] : [];
    default:
      return [];
  }
}

/** A top-level field of a document, or the fields a dotted key reads: "threadId.userId" -> ["threadId", "userId"]. */
export function dotted(path: string): string[] {
  return path.split(".");
}
