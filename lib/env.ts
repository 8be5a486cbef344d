import { z } from "zod";

const Env = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set. Start the site with `npm start` (it provides one) or set it yourself." })
    .regex(/^postgres(ql)?:\/\//, { error: "DATABASE_URL must be a postgresql:// URL" }),
  /** The address visitors use, e.g. https://portal.example.org: decides HSTS and absolute links. */
  PORTAL_PUBLIC_URL: z.url({ protocol: /^https?$/, error: "PORTAL_PUBLIC_URL must be an http:// or https:// address" }).optional(),
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
