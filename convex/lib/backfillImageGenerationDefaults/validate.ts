import { imageGeneration } from "../../schema";

/**
 * Why a legacy imageGeneration value does not meet the schema's
 * `imageGeneration` validator, or null when it does. The field was
 * `v.any()` before the backfill, so a value can be anything: a string, null,
 * an array, an object with a field missing or of the wrong type. The checks
 * read the validator's own field list, so a field added to the validator is
 * required here too.
 */
export function imageGenerationProblems(value: unknown): string | null {
  if (!isPlainObject(value)) {
    return `imageGeneration is ${describe(value)}, expected an object with ${expectedFields()}`;
  }
  const problems: string[] = [];
  for (const [field, validator] of Object.entries(imageGeneration.fields)) {
    const item = value[field];
    if (item === undefined) {
      if (validator.isOptional === "required") problems.push(`imageGeneration.${field} is missing`);
    } else if (typeof item !== "string") {
      problems.push(`imageGeneration.${field} is ${describe(item)}, expected a string`);
    }
  }
  for (const field of Object.keys(value)) {
    if (!(field in imageGeneration.fields)) problems.push(`imageGeneration.${field} is not a field of imageGeneration`);
  }
  return problems.length === 0 ? null : problems.join("; ");
}

function expectedFields(): string {
  return Object.keys(imageGeneration.fields).map((f) => `${f}: string`).join(", ");
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof ArrayBuffer);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (value instanceof ArrayBuffer) return "bytes";
  if (typeof value === "object") return "an object";
  const article = typeof value === "undefined" ? "" : /^[aeiou]/.test(typeof value) ? "an " : "a ";
  return `${article}${typeof value}`;
}
