// The embedded cluster's password: random per data folder, kept in a file beside that folder
// (not inside it: the folder belongs to the `postgres` user and must be empty for initdb), readable
// only by its owner. Any local user can reach a loopback port, so a fixed password let anyone
// connect and, say, insert a session row.
import { randomBytes } from "node:crypto";
import { chmod, lstat, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/** The cluster's one role (a superuser: it owns the database and runs the migrations). */
export const role = "portal";

/** Folders made before the password file existed were initialised with this password. */
export const LEGACY_PASSWORD = "portal";

const PasswordText = /^[A-Za-z0-9_-]{32,128}$/;

export function passwordFileOf(dataDir: string): string {
  return `${path.resolve(dataDir)}.password`;
}

export function randomPassword(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * The folder holding the password file must not be someone else's: a local user who made it
 * first (say, under /var/tmp) could read or swap the file.
 */
export async function assertPrivateFolder(dir: string): Promise<void> {
  const info = await lstat(dir);
  const ownerOk = info.uid === process.getuid?.() || info.uid === 0;
  if (!info.isDirectory() || !ownerOk || (info.mode & 0o002) !== 0) {
    throw new Error(
      `${dir} holds the database password but belongs to another user or is writable by anyone. ` +
        "Remove it, or set PORTAL_PG_DATA to a data folder inside a folder you own.",
    );
  }
}

/** Writes a new password (replacing any old file atomically) with mode 0600 from the start. */
export async function writePasswordFile(file: string, password: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await rm(temporary, { force: true });
  // `wx`: never follow a planted file or link; the mode applies at creation, before any byte is written.
  await writeFile(temporary, `${password}\n`, { flag: "wx", mode: 0o600 });
  await rename(temporary, file);
}

/** The stored password, or null when the folder predates password files. */
export async function readPasswordFile(file: string): Promise<string | null> {
  let info;
  try {
    info = await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  if (!info.isFile())
    throw new Error(`${file} should be the database password file, but it is not a plain file.`);
  if ((info.mode & 0o077) !== 0) {
    console.warn(
      `${file} was readable by other users; it is now readable by its owner only (mode 0600).`,
    );
    await chmod(file, 0o600);
  }
  const password = (await readFile(file, "utf8")).trim();
  if (!PasswordText.test(password))
    throw new Error(
      `${file} does not hold a database password. Remove it only together with its data folder.`,
    );
  return password;
}

const wrongPassword = (error: unknown) => (error as { code?: string }).code === "28P01";

async function connect(port: number, password: string) {
  const client = new pg.Client({
    host: "127.0.0.1",
    port,
    user: role,
    password,
    database: "postgres",
  });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
}

/**
 * Connects with the folder's password. A folder made before password files (or a start that
 * stopped between writing the file and changing the role) still takes the old fixed password:
 * change it once, so the fixed one stops working.
 */
export async function connectAsPortal(args: {
  port: number;
  password: string;
  passwordFile: string;
  dataDir: string;
}) {
  try {
    return await connect(args.port, args.password);
  } catch (error) {
    if (!wrongPassword(error)) throw error;
  }
  let client;
  try {
    client = await connect(args.port, LEGACY_PASSWORD);
  } catch (error) {
    if (!wrongPassword(error)) throw error;
    throw new Error(
      `The password in ${args.passwordFile} does not open the database in ${args.dataDir}. Restore that file from a copy, or remove the folder and the file together to start afresh.`,
    );
  }
  await client.query(`ALTER ROLE ${role} PASSWORD ${client.escapeLiteral(args.password)}`);
  console.log(
    `The embedded database now has its own password, kept in ${args.passwordFile}; the old fixed one no longer works.`,
  );
  return client;
}
