/**
 * Whether a URL points at this machine. The harness deletes every document of
 * the deployment it tests, so anything else needs an explicit opt-in.
 * Only literal loopback names count: a DNS name that happens to resolve to
 * 127.0.0.1 is not trusted, since what it resolves to can change.
 */
export function isLoopbackUrl(url: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (hostname === "localhost" || hostname.endsWith(".localhost")) return true;
  if (hostname === "[::1]") return true;
  return /^127(\.\d{1,3}){3}$/.test(hostname);
}
