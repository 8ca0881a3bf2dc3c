import { type Dataset, type DatasetDocument, type DatasetValue, isRefMarker } from "convex-migration-harness/generators";
import { isEncryptMarker } from "../encryptMarker.js";
import { blobKeys, blobKinds } from "./blobKind.js";
import { isValidImageGeneration } from "./legacyImageGeneration.js";
import { PLAIN_FIELDS, PROVIDERS, type PlainField } from "./providers.js";

/**
 * Every data class the legacy generator must reach; certification requires
 * each in a minimum share of datasets. Sizes count userSettings documents
 * against the batch size.
 */
export const LEGACY_DATA_CLASSES = [
  "size:0",
  "size:1",
  "size:batch-1",
  "size:batch",
  "size:batch+1",
  "size:larger",
  "blob:absent",
  "blob:empty",
  "blob:encrypted",
  "blob:plain-json",
  "blob:garbage",
  "blob:short-base64",
  "blob:base64-plaintext",
  "blob:wrong-key",
  "blob:json-not-object",
  "blob:non-string-value",
  "plain:openaiKey",
  "plain:anthropicKey",
  "plain:none",
  "deprecated:true",
  "deprecated:false",
  "deprecated:absent",
  "imageGeneration:valid",
  "imageGeneration:invalid",
  "absent:users.tokenIdentifier",
  "absent:userSettings.theme",
  "absent:userSettings.imageGeneration",
  "absent:userSettings.preferences",
  ...PROVIDERS.map((provider) => `absent:apiKeys.${provider}` as const),
  "settings:duplicate-for-user",
  "settings:orphan-user",
  "apiKeys:pre-existing",
  "apiKeys:plaintext-value",
  "apiKeys:conflicts-with-legacy",
  "apiKeys:orphan-user",
  "value:unicode",
  "value:long",
  "value:empty",
] as const;

export type LegacyDataClass = (typeof LEGACY_DATA_CLASSES)[number];

export interface LegacyDataClassesOptions {
  /** Without it, only size:0 and size:1 of the size classes can be told. */
  batchSize?: number;
}

/** The size classes of `count` documents against `batchSize` (several can hold when batchSize <= 2). */
export function sizeClasses(count: number, batchSize?: number): LegacyDataClass[] {
  const classes: LegacyDataClass[] = [];
  if (count === 0) classes.push("size:0");
  if (count === 1) classes.push("size:1");
  if (batchSize !== undefined) {
    if (count === batchSize - 1) classes.push("size:batch-1");
    if (count === batchSize) classes.push("size:batch");
    if (count === batchSize + 1) classes.push("size:batch+1");
    if (count > batchSize + 1) classes.push("size:larger");
  }
  return classes;
}

const userIndex = (doc: DatasetDocument): number | undefined => (isRefMarker(doc.userId) ? doc.userId.__ref[1] : undefined);
const plaintextOf = (value: DatasetValue | undefined): string | undefined =>
  isEncryptMarker(value) ? value.__encrypt : typeof value === "string" ? value : undefined;

/** The legacy data classes a dataset holds, in LEGACY_DATA_CLASSES order. */
export function legacyDataClasses(dataset: Dataset, options: LegacyDataClassesOptions = {}): LegacyDataClass[] {
  const found = new Set<LegacyDataClass>(sizeClasses((dataset.tables.userSettings ?? []).length, options.batchSize));
  const users = dataset.tables.users ?? [];
  const settings = dataset.tables.userSettings ?? [];
  const apiKeys = dataset.tables.apiKeys ?? [];
  const deletedUsers = new Set((dataset.deleted ?? []).filter((d) => d.table === "users").map((d) => d.index));
  const keyValues: string[] = [];
  /** Providers with a non-empty legacy key, per user index. */
  const legacyProviders = new Map<number, Set<string>>();

  if (users.some((user) => user.tokenIdentifier === undefined)) found.add("absent:users.tokenIdentifier");
  const settingsPerUser = new Map<number, number>();
  for (const doc of settings) {
    const user = userIndex(doc);
    if (user !== undefined) {
      settingsPerUser.set(user, (settingsPerUser.get(user) ?? 0) + 1);
      if (deletedUsers.has(user)) found.add("settings:orphan-user");
    }
    for (const kind of blobKinds(doc.encryptedApiKeys)) found.add(`blob:${kind}`);
    const providers = legacyProviders.get(user ?? -1) ?? new Set<string>();
    for (const [provider, value] of Object.entries(blobKeys(doc.encryptedApiKeys))) {
      keyValues.push(value);
      if (value !== "") providers.add(provider);
    }
    const plain = (Object.keys(PLAIN_FIELDS) as PlainField[]).filter((field) => typeof doc[field] === "string");
    for (const field of plain) {
      found.add(`plain:${field}`);
      keyValues.push(doc[field] as string);
      if (doc[field] !== "") providers.add(PLAIN_FIELDS[field]);
    }
    if (plain.length === 0) found.add("plain:none");
    if (user !== undefined) legacyProviders.set(user, providers);
    const deprecated = doc.saveRegenerationHistory;
    found.add(deprecated === undefined ? "deprecated:absent" : deprecated === true ? "deprecated:true" : "deprecated:false");
    if (doc.imageGeneration === undefined) found.add("absent:userSettings.imageGeneration");
    else found.add(isValidImageGeneration(doc.imageGeneration) ? "imageGeneration:valid" : "imageGeneration:invalid");
    if (doc.theme === undefined) found.add("absent:userSettings.theme");
    if (doc.preferences === undefined) found.add("absent:userSettings.preferences");
  }
  if ([...settingsPerUser.values()].some((n) => n > 1)) found.add("settings:duplicate-for-user");

  if (apiKeys.length > 0) found.add("apiKeys:pre-existing");
  for (const doc of apiKeys) {
    const user = userIndex(doc);
    if (user !== undefined && deletedUsers.has(user)) found.add("apiKeys:orphan-user");
    for (const provider of PROVIDERS) {
      const value = doc[provider];
      if (value === undefined) found.add(`absent:apiKeys.${provider}`);
      else if (typeof value === "string") found.add("apiKeys:plaintext-value");
      const plaintext = plaintextOf(value);
      if (plaintext !== undefined) keyValues.push(plaintext);
      if (plaintext && user !== undefined && legacyProviders.get(user)?.has(provider)) found.add("apiKeys:conflicts-with-legacy");
    }
  }

  if (keyValues.some((value) => /[^\x00-\x7f]/.test(value))) found.add("value:unicode");
  if (keyValues.some((value) => value.length >= 1000)) found.add("value:long");
  if (keyValues.some((value) => value === "")) found.add("value:empty");
  return LEGACY_DATA_CLASSES.filter((name) => found.has(name));
}
