/**
 * The self-hosted Convex backend image, pinned by the commit tag of a release
 * (self-hosted/CHANGELOG.md of get-convex/convex-backend, 2025-09-12). THE ONE
 * PLACE TO BUMP: change the tag here (never to `latest`), then run
 * `npm run test:container` to see the suites pass on the new backend.
 */
export const CONVEX_BACKEND_IMAGE = "ghcr.io/get-convex/convex-backend:4d3b0a5de955a258e70e3813bbff486051d88820";

/** The backend's API (queries, mutations, /version) inside the container. */
export const API_PORT = 3210;
/** HTTP actions (`convex/http.ts`) inside the container. */
export const SITE_PORT = 3211;
