import type { Doc } from "../_generated/dataModel";
import { tryDecrypt } from "../encryption";
import { providers, type Provider } from "../schema";
import { isWellFormed } from "./wellFormed";

/**
 * How the legacy userSettings fields hold API keys, shared by the read path
 * (getApiKeys) and the apiKeysToTable migration so that both agree on which
 * legacy value is a user's key: if they disagreed, the read path would change
 * its answer halfway through the migration.
 */

/** The legacy plain-text fields, and the provider each one holds. */
export const plainFields = { openaiKey: "openai", anthropicKey: "anthropic" } as const;
export type PlainField = keyof typeof plainFields;
export type LegacyField = "encryptedApiKeys" | PlainField;
export const legacyFields: readonly LegacyField[] = ["encryptedApiKeys", "openaiKey", "anthropicKey"];

export type ParsedBlob =
  | { kind: "absent" }
  | { kind: "keys"; keys: Record<string, string> }
  | { kind: "unparseable"; reason: string };

export function isProvider(name: string): name is Provider {
  return (providers as readonly string[]).includes(name);
}

/**
 * Reads encryptedApiKeys: usually an encrypted JSON object of provider -> key,
 * sometimes the same JSON in plain text, sometimes empty or garbage.
 */
export async function parseBlob(blob: string | undefined): Promise<ParsedBlob> {
  if (blob === undefined || blob === "") return { kind: "absent" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(await tryDecrypt(blob));
  } catch {
    return { kind: "unparseable", reason: "encryptedApiKeys is neither JSON nor decryptable with the app's key" };
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    return { kind: "unparseable", reason: "encryptedApiKeys is JSON but not an object of provider keys" };
  }
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (entries.some(([, value]) => typeof value !== "string")) {
    return { kind: "unparseable", reason: "encryptedApiKeys holds a non-string key value" };
  }
  return { kind: "keys", keys: Object.fromEntries(entries) as Record<string, string> };
}


/**
 * Fields holding a key that cannot be encrypted losslessly. Neither the read
 * path nor the migration treats such a value as a key, so both agree, and
 * the migration leaves the field in place rather than alter the key.
 */
export function illFormedFields(settings: Doc<"userSettings">, blob: ParsedBlob): LegacyField[] {
  const fields: LegacyField[] = [];
  if (blob.kind === "keys" && Object.values(blob.keys).some((value) => !isWellFormed(value))) fields.push("encryptedApiKeys");
  for (const field of Object.keys(plainFields) as PlainField[]) {
    const value = settings[field];
    if (value !== undefined && !isWellFormed(value)) fields.push(field);
  }
  return fields;
}

/** A legacy value that claims a provider, and the field it came from. */
export interface LegacyKey {
  provider: Provider;
  value: string;
  field: LegacyField;
}

/**
 * Every non-empty, well-formed legacy key of one settings document, blob first: the blob
 * replaced the plain fields, so on disagreement it is the newer value.
 */
export function legacyKeysOf(settings: Doc<"userSettings">, blob: ParsedBlob): LegacyKey[] {
  const keys: LegacyKey[] = [];
  if (blob.kind === "keys") {
    for (const [name, value] of Object.entries(blob.keys)) {
      if (isProvider(name) && value !== "" && isWellFormed(value)) keys.push({ provider: name, value, field: "encryptedApiKeys" });
    }
  }
  for (const field of Object.keys(plainFields) as PlainField[]) {
    const value = settings[field];
    if (value !== undefined && value !== "" && isWellFormed(value)) keys.push({ provider: plainFields[field], value, field });
  }
  return keys;
}
