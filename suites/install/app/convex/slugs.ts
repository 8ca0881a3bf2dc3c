// Read once, when the module loads: the harness must set the app's env before that.
const PREFIX = process.env.SLUG_PREFIX ?? "post";

export function slugOf(title: string): string {
  return `${PREFIX}-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
}
