/** `value` without its undefined fields: a Convex document has absent fields, never undefined ones. */
export function withoutUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [field, item] of Object.entries(value)) if (item !== undefined) out[field] = item;
  return out as { [K in keyof T]: Exclude<T[K], undefined> };
}
