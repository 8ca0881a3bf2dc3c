import type { Dataset, DatasetValue } from "convex-migration-harness/generators";
import { isEncryptMarker } from "../encryptMarker.js";
import { looksLikeCiphertext } from "../legacy/blobKind.js";
import { PROVIDERS } from "../legacy/providers.js";
import { sizeClasses } from "../legacy/dataClasses.js";
import type { ImageGenerationDefaults } from "./imageGenerationSetting.js";

/** Every data class settingsDataset must reach, sizes counting userSettings documents. */
export const SETTINGS_DATA_CLASSES = [
  "size:0", "size:1", "size:batch-1", "size:batch", "size:batch+1", "size:larger",
  "deprecated:true", "deprecated:false", "deprecated:absent",
  "imageGeneration:absent", "imageGeneration:valid", "imageGeneration:defaults",
  "imageGeneration:not-object", "imageGeneration:missing-field", "imageGeneration:wrong-type", "imageGeneration:extra-field",
  "settings:duplicate-for-user",
] as const;
export type SettingsDataClass = (typeof SETTINGS_DATA_CLASSES)[number];

/** Every data class apiKeysDataset must reach, sizes counting apiKeys rows. */
export const API_KEYS_DATA_CLASSES = [
  "size:0", "size:1", "size:batch-1", "size:batch", "size:batch+1", "size:larger",
  "value:absent", "value:empty", "value:plaintext", "value:encrypted", "value:wrong-key",
  "value:base64-plaintext", "value:unicode", "value:long", "value:lone-surrogate",
  "row:all-plaintext", "row:all-encrypted", "row:mixed", "row:no-keys",
] as const;
export type ApiKeysDataClass = (typeof API_KEYS_DATA_CLASSES)[number];

const IMAGE_FIELDS = ["model", "size", "quality"];
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof ArrayBuffer);
}

/** The class of one imageGeneration value (an object can be invalid several ways; the first found names it). */
export function imageGenerationClass(value: unknown, defaults?: ImageGenerationDefaults): SettingsDataClass {
  if (value === undefined) return "imageGeneration:absent";
  if (!isObject(value)) return "imageGeneration:not-object";
  if (IMAGE_FIELDS.some((f) => value[f] === undefined)) return "imageGeneration:missing-field";
  if (IMAGE_FIELDS.some((f) => typeof value[f] !== "string")) return "imageGeneration:wrong-type";
  if (Object.keys(value).some((f) => !IMAGE_FIELDS.includes(f))) return "imageGeneration:extra-field";
  if (defaults && IMAGE_FIELDS.every((f) => value[f] === defaults[f as keyof ImageGenerationDefaults])) return "imageGeneration:defaults";
  return "imageGeneration:valid";
}

/** The settings data classes a dataset holds, in SETTINGS_DATA_CLASSES order. */
export function settingsDataClasses(
  dataset: Dataset,
  options: { batchSize?: number; defaults?: ImageGenerationDefaults } = {},
): SettingsDataClass[] {
  const settings = dataset.tables.userSettings ?? [];
  const found = new Set<string>(sizeClasses(settings.length, options.batchSize));
  const owners = new Set<string>();
  for (const doc of settings) {
    const flag = doc.saveRegenerationHistory;
    found.add(flag === undefined ? "deprecated:absent" : flag === true ? "deprecated:true" : "deprecated:false");
    found.add(imageGenerationClass(doc.imageGeneration, options.defaults));
    const owner = JSON.stringify(doc.userId);
    if (owners.has(owner)) found.add("settings:duplicate-for-user");
    owners.add(owner);
  }
  return SETTINGS_DATA_CLASSES.filter((name) => found.has(name));
}

/** The class of one provider value, as the app will find it after seeding. */
export function providerValueClasses(value: DatasetValue | undefined): ApiKeysDataClass[] {
  if (value === undefined) return ["value:absent"];
  if (isEncryptMarker(value)) return [value.key === "wrong" ? "value:wrong-key" : "value:encrypted"];
  if (typeof value !== "string") return [];
  if (value === "") return ["value:empty"];
  const classes: ApiKeysDataClass[] = [looksLikeCiphertext(value) ? "value:base64-plaintext" : "value:plaintext"];
  if (LONE_SURROGATE.test(value)) classes.push("value:lone-surrogate");
  else if (/[^\x00-\x7f]/.test(value)) classes.push("value:unicode");
  if (value.length >= 1000) classes.push("value:long");
  return classes;
}

/** The apiKeys data classes a dataset holds, in API_KEYS_DATA_CLASSES order. */
export function apiKeysDataClasses(dataset: Dataset, options: { batchSize?: number } = {}): ApiKeysDataClass[] {
  const rows = dataset.tables.apiKeys ?? [];
  const found = new Set<string>(sizeClasses(rows.length, options.batchSize));
  for (const row of rows) {
    const classes = PROVIDERS.map((p) => providerValueClasses(row[p]));
    for (const c of classes.flat()) found.add(c);
    // Ciphertext from a foreign key is not the app's: for the row, it counts as plaintext.
    const plain = classes.filter((c) => c.includes("value:plaintext") || c.includes("value:base64-plaintext") || c.includes("value:wrong-key")).length;
    const encrypted = classes.filter((c) => c.includes("value:encrypted")).length;
    if (plain === 0 && encrypted === 0) found.add("row:no-keys");
    else if (encrypted === 0) found.add("row:all-plaintext");
    else if (plain === 0) found.add("row:all-encrypted");
    else found.add("row:mixed");
  }
  return API_KEYS_DATA_CLASSES.filter((name) => found.has(name));
}
