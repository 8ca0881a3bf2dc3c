/** The convex-test release bundled in ./convexTest (scripts/vendorConvexTest.ts), the one the adapter knows, and the convex it runs on. */
export const CONVEX_TEST_VERSION = "0.0.71";
export const ENGINE_CONVEX_VERSION = "1.48.0";
