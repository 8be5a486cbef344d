import "server-only";

// The database client for pages, actions and route handlers: "server-only" fails the build if
// a client component ever imports it. The web server, which runs outside Next's bundles where
// that guard cannot load, imports ./db-client itself.
export { db } from "./db-client";
