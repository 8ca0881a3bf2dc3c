import { describe, expect, test } from "vitest";
import { isRedacted, looksSecret, redactText, redactValue, secretsOfDataset } from "./redact.js";

const keys = {
  openai: "sk-proj-Q2x8VfL0pZ3mN7kR1tY5wA9cE4gH6jB2dF8sK0lM3nP7qR1uV5",
  anthropic: "sk-ant-api03-AbCdEf0123456789_-AbCdEf0123456789AbCdEf0123456789AA",
  google: "AIzaSyD4x9K2mQ7vN1pL8rT3wZ6yB0cF5hJ2kE",
  openrouter: "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",
};

describe("redactText", () => {
  test.each(Object.entries(keys))("removes a %s key and says what it was", (_provider, key) => {
    const text = redactText(`value: "${key}" was lost`);
    expect(text).not.toContain(key);
    expect(text).toMatch(/‹redacted [\w-]+ \d+ch #[0-9a-f]{6}›/);
    expect(text).toContain('was lost');
  });

  test("removes long hex and mixed-case base64 (ciphertext, tokens)", () => {
    const hex = "a3f1".repeat(10);
    const base64 = "q8Zr1XbV0wYt7LmN2kPj4HsD9fGc6AeR3uIo5TyWx==";
    expect(redactText(`${hex} ${base64}`)).not.toMatch(/a3f1a3f1|q8Zr1XbV/);
  });

  test("keeps what a reader needs: Convex ids, words, numbers, replay commands", () => {
    const text = "user j57ab2c3d4e5f6g7h8i9k0m1n2p3q4r5 lost apiKeys[0]; HARNESS_REPLAY='m.roundTrip.memory@-12345:1:2:3' seed 20261125";
    expect(redactText(text)).toBe(text);
  });

  test("is deterministic and idempotent: the same key reads the same everywhere", () => {
    const once = redactText(`${keys.openai} and again ${keys.openai}`);
    expect(redactText(once)).toBe(once);
    const [first, second] = once.match(/‹[^›]+›/g)!;
    expect(first).toBe(second);
    expect(redactText(keys.google)).not.toBe(redactText(keys.openrouter));
  });

  test("never redacts identifiers: migration, fault, table, field and function names in camelCase or snake_case", () => {
    const names = [
      "messageMetadataV2_rollbackLeavesEmptyObject",
      "backfillImageGenerationDefaults_progressNaNOnEmpty",
      "apiKeysToTable_collectsSettingsForProgress",
      "encryptPlaintextKeysForEveryProviderValue2",
      "user_settings_encrypted_api_keys_v2_backfill",
      "internal.migrations.dropSaveRegenerationHistory.forward",
    ];
    const text = `registered: ${names.join(", ")}`;
    expect(redactText(text)).toBe(text);
    const path = "saved -> /tmp/replay-e2e-LEPZVh/corpus/apiKeysToTable_dropsAnthropic.conserves.memory.eaa1c5cd.json";
    expect(redactText(path)).toBe(path);
  });

  test("still redacts base64 that merely starts like a word, or has many digits", () => {
    for (const secret of ["dGhpcyBpcyBhIHNlY3JldCB0b2tlbiB2YWx1ZQ", "kX9mP2qR7sT4vW1yZ8aB3cD6eF0gH5jKxLq", "Abcdefghijklmnopqrstu1v2w3x4y5z6Q7r8"]) {
      expect(redactText(`token ${secret}`)).not.toContain(secret);
    }
  });

  test("redacts listed values that do not look like keys", () => {
    expect(redactText("the key was hunter2!", { values: ["hunter2!"] })).not.toContain("hunter2!");
  });
});

describe("redactValue and secretsOfDataset", () => {
  const dataset = {
    tables: {
      users: [{ name: "Ada", email: "ada@example.com" }],
      apiKeys: [{ userId: { __ref: ["users", 0] }, openai: "plain-but-secret", anthropic: { __encrypt: "also-secret" } }],
      userSettings: [{ encryptedApiKeys: JSON.stringify({ openai: keys.openai }), size: 10n, blob: new ArrayBuffer(2) }],
    },
  };
  const secrets = secretsOfDataset(dataset as never, { apiKeys: ["openai", "anthropic"] });

  test("declared secret fields are redacted whole, key-shaped strings anywhere, the rest kept", () => {
    const shown = redactValue(dataset, secrets);
    const text = JSON.stringify(shown, (_k, v) => (typeof v === "bigint" ? `${v}n` : v));
    for (const secret of ["plain-but-secret", "also-secret", keys.openai]) expect(text).not.toContain(secret);
    expect(shown.tables.users[0]).toEqual({ name: "Ada", email: "ada@example.com" });
    expect(shown.tables.userSettings[0].size).toBe(10n);
    expect(shown.tables.userSettings[0].blob).toBeInstanceOf(ArrayBuffer);
    expect(shown.tables.apiKeys[0].userId).toEqual({ __ref: ["users", 0] });
  });

  test("secret values are also redacted in free text, e.g. a diff", () => {
    expect(redactText('- apiKeys[0].openai: "plain-but-secret"', secrets)).not.toContain("plain-but-secret");
    expect(isRedacted(redactText("plain-but-secret", secrets))).toBe(true);
    expect(looksSecret("plain-but-secret")).toBe(false);
  });
});
