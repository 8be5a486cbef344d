import { z } from "zod";

const Env = z.object({
  DATABASE_URL: z
    .string({
      error:
        "DATABASE_URL is not set. Start the site with `npm start` (it provides one) or set it yourself.",
    })
    .regex(/^postgres(ql)?:\/\//, { error: "DATABASE_URL must be a postgresql:// URL" }),
  /** The address visitors use, e.g. https://portal.example.org: decides HSTS and absolute links. */
  PORTAL_PUBLIC_URL: z
    .url({
      protocol: /^https?$/,
      error: "PORTAL_PUBLIC_URL must be an http:// or https:// address",
    })
    .optional(),
});

let parsed: z.infer<typeof Env> | undefined;

/** The environment, validated once, with a message that says what to do. */
export function env() {
  if (!parsed) {
    const result = Env.safeParse(process.env);
    if (!result.success) throw new Error(`Invalid environment: ${z.prettifyError(result.error)}`);
    parsed = result.data;
  }
  return parsed;
}

/** Whether visitors reach the portal over HTTPS, from the configured public address. */
export function servedOverHttps(): boolean {
  return env().PORTAL_PUBLIC_URL?.startsWith("https://") ?? false;
}

const PoolSize = z.coerce
  .number({ error: "PORTAL_DB_POOL_SIZE must be a number" })
  .int()
  .min(1)
  .max(1000)
  .default(10);

/**
 * Connections each process's database pool may open (PORTAL_DB_POOL_SIZE, default 10; npm start
 * and start:cluster size it from PostgreSQL's limit and the number of servers, lib/ops/pool-size.ts).
 * The web server lets as many requests that need the database into Next at once.
 */
export function databasePoolSize(): number {
  const result = PoolSize.safeParse(process.env.PORTAL_DB_POOL_SIZE || undefined);
  if (!result.success) throw new Error(`Invalid environment: ${z.prettifyError(result.error)}`);
  return result.data;
}
