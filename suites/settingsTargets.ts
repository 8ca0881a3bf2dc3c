import { v, type GenericValidator, type VObject } from "convex/values";
import schema from "../convex/schema";

/**
 * Contract-phase validators for userSettings, derived from the deployed
 * schema so that they follow it: the same fields, with `changes` applied
 * (undefined drops a field), plus the system fields.
 */
export function userSettingsTarget(changes: Record<string, GenericValidator | undefined>): GenericValidator {
  const fields: Record<string, GenericValidator> = { ...(schema.tables.userSettings.validator as VObject<any, any>).fields };
  for (const [field, validator] of Object.entries(changes)) {
    if (validator === undefined) delete fields[field];
    else fields[field] = validator;
  }
  return v.object({ _id: v.id("userSettings"), _creationTime: v.number(), ...fields });
}

/**
 * Contract phase of apiKeys: only the new shape, every provider optional.
 * (Whether values are encrypted is noPlaintextSecrets' job, not a validator's.)
 */
export const apiKeysTarget = v.object({
  _id: v.id("apiKeys"),
  _creationTime: v.number(),
  userId: v.id("users"),
  openai: v.optional(v.string()),
  anthropic: v.optional(v.string()),
  google: v.optional(v.string()),
  openrouter: v.optional(v.string()),
});
