import type { Database } from "../prisma-client";

/** On a fresh install nobody can sign in yet; say how to make the first account. */
export async function printFirstAccountHint(db: Database) {
  if ((await db.user.count()) > 0) return;
  console.log(
    "\nNo staff account exists yet. Make the first one with:\n" +
      "  npm run user:create -- --email you@example.org --role admin\n",
  );
}
