// npm run user:create -- --email you@example.org --role admin [--name "Your Name"] [--password P]
// Creates a staff account in DATABASE_URL, or in the embedded database when it is not set.
// Without --password, asks for it twice without echoing it (only on a terminal).
import { parseArgs } from "node:util";
import { recordAudit, userSubject } from "../auth/audit";
import { insertUser } from "../auth/user-admin";
import { provideDatabase } from "../ops/embedded-postgres";
import { applyMigrations } from "../ops/migrate";
import { createPrismaClient } from "../prisma-client";
import { CreateUserInput } from "../schemas/auth";

const usage =
  'Usage: npm run user:create -- --email you@example.org --role admin|editor [--name "Your Name"] [--password P]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Reads one line from the terminal without showing what is typed. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    let answer = "";
    process.stdout.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stdout.write("\n");
      if (error) reject(error);
      else resolve(answer);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n" || char === "\u0004") return done();
        if (char === "\u0003") return done(new Error("Cancelled."));
        if (char === "\u007f" || char === "\b") answer = answer.slice(0, -1);
        else answer += char;
      }
    };
    stdin.on("data", onData);
  });
}

let args;
try {
  args = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
    },
    strict: true,
  }).values;
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
if (!args.email || !args.role) fail(usage);

let password = args.password;
if (password === undefined) {
  if (!process.stdin.isTTY)
    fail(
      "No --password given and no terminal to ask for one. Pass --password, or run this in a terminal.",
    );
  password = await askHidden("Password (at least 8 characters): ");
  const again = await askHidden("The same password again: ");
  if (password !== again) fail("The two passwords do not match. Nothing was created.");
}

const parsed = CreateUserInput.safeParse({
  email: args.email,
  name: args.name,
  role: args.role.toUpperCase(),
  password,
});
if (!parsed.success) {
  const lines = parsed.error.issues.map(
    (issue) => `  ${issue.path.join(".") || "input"}: ${issue.message}`,
  );
  fail(`Nothing was created:\n${lines.join("\n")}`);
}

const database = await provideDatabase();
const db = createPrismaClient(database.url);
let exitCode = 0;
try {
  await applyMigrations(database.url);
  const user = await db.$transaction(async (tx) => {
    const created = await insertUser(tx, parsed.data);
    if (created)
      await recordAudit(tx, {
        action: "user-created",
        subject: userSubject(created),
        detail: { role: created.role, via: "command line" },
      });
    return created;
  });
  if (user) {
    console.log(
      `Created ${user.role.toLowerCase()} account ${user.email}. Sign in at /admin/sign-in.`,
    );
  } else {
    console.error(
      `An account with the email ${parsed.data.email} already exists. Nothing was created.`,
    );
    exitCode = 1;
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
process.exit(exitCode);
