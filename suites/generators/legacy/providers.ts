/**
 * Providers a user can store keys for. A copy of the app's list (convex/schema.ts):
 * generators never import the app, so another app can reuse them unchanged.
 */
export const PROVIDERS = ["openai", "anthropic", "google", "openrouter"] as const;
export type Provider = (typeof PROVIDERS)[number];

/** The legacy plain-text userSettings fields, and the provider each holds. */
export const PLAIN_FIELDS = { openaiKey: "openai", anthropicKey: "anthropic" } as const;
export type PlainField = keyof typeof PLAIN_FIELDS;
