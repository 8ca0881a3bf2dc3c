/**
 * The reference chat app's generators (its legacy settings, API keys,
 * threads, messages and attachments), for this repository's suites and
 * bench: not part of the package, whose generic generators come from its
 * generators entry and are re-exported here so that one import serves a suite.
 */
export * from "convex-migration-harness/generators";
export { datasetSize } from "./datasetSize.js";
export { isEncryptMarker, type EncryptMarker } from "./encryptMarker.js";
export { legacyDataset, resolveLegacyDatasetOptions, type LegacyDatasetOptions } from "./legacy/legacyDataset.js";
export {
  LEGACY_DATA_CLASSES,
  legacyDataClasses,
  sizeClasses,
  type LegacyDataClass,
  type LegacyDataClassesOptions,
} from "./legacy/dataClasses.js";
export { apiKeyValue, legacyKeyValue } from "./legacy/apiKeyValue.js";
export { apiKeysJson, legacyApiKeysBlob, type LegacyBlob } from "./legacy/legacyApiKeysBlob.js";
export { blobKeys, blobKinds, looksLikeCiphertext, type BlobKind } from "./legacy/blobKind.js";
export { legacySettings, type LegacySettingsOptions } from "./legacy/legacySettings.js";
export { legacyImageGeneration, isValidImageGeneration } from "./legacy/legacyImageGeneration.js";
export { legacyUser } from "./legacy/legacyUser.js";
export { existingApiKeysRow, type ExistingApiKeysRowOptions } from "./legacy/existingApiKeysRow.js";
export { PLAIN_FIELDS, PROVIDERS, type PlainField, type Provider } from "./legacy/providers.js";

export { settingsDataset, type SettingsDatasetOptions } from "./settings/settingsDataset.js";
export { settingsDocument } from "./settings/settingsDocument.js";
export { deprecatedFlag } from "./settings/deprecatedFlag.js";
export {
  imageGenerationSetting,
  type ImageGenerationDefaults,
  type ImageGenerationSettingOptions,
} from "./settings/imageGenerationSetting.js";
export { apiKeysDataset, type ApiKeysDatasetOptions } from "./settings/apiKeysDataset.js";
export { providerValue } from "./settings/providerValue.js";
export { tableSize } from "./settings/tableSize.js";
export {
  API_KEYS_DATA_CLASSES,
  SETTINGS_DATA_CLASSES,
  apiKeysDataClasses,
  imageGenerationClass,
  providerValueClasses,
  settingsDataClasses,
  type ApiKeysDataClass,
  type SettingsDataClass,
} from "./settings/dataClasses.js";

export { chatDataset, resolveChatDatasetOptions, type ChatDatasetOptions } from "./chat/chatDataset.js";
export { CHAT_DATA_CLASSES, chatDataClasses, type ChatDataClass } from "./chat/dataClasses.js";
export { chatThread, type ChatThreadEntry } from "./chat/chatThread.js";
export { chatMessage, messageContent, type ChatMessageEntry } from "./chat/chatMessage.js";
export { chatAttachment, fileName, type ChatAttachmentEntry } from "./chat/chatAttachment.js";
export { chatUser, type ChatUserEntry } from "./chat/chatUser.js";
export { messageMetadata, metadataKind, type MetadataKind } from "./chat/messageMetadata.js";
export { threadTitle } from "./chat/threadTitle.js";
export { searchQueries } from "./chat/searchQueries.js";
export { COMMON_WORDS, DECORATIONS, HOT_WORD, TITLE_WORDS, onlyAsPrefix } from "./chat/vocabulary.js";
