import "server-only";

// The database client for pages, actions and route handlers: "server-only" fails the build if
// a client component ever imports it. What the web server loads outside Next's bundles, where
// that guard cannot load (its routing, the open-data API's reads), imports ./db-client itself.
export { db } from "./db-client";
