// Read once, when the module loads: the harness must set the app's env before that.
const PREFIX = process.env.SLUG_PREFIX ?? "post";

/** Longest slug: a title can be hundreds of KiB, and a slug as long would push its post past 1 MiB. */
const MAX_SLUG = 80;

export function slugOf(title: string): string {
  return `${PREFIX}-${title.slice(0, MAX_SLUG * 4).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, MAX_SLUG)}`;
}
