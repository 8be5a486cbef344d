// Reading a backup file line by line, in bounded memory, checking its header and its checksum.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { z } from "zod";
import { BACKUP_FORMAT, BackupEnd, BackupHeader, BackupRefused, FORMAT_VERSION } from "./format";

// A row is a few kilobytes; a line this long is damage, not data, and is not held in memory.
const MAX_LINE_BYTES = 64 * 1024 * 1024;

async function* linesOf(file: string): AsyncGenerator<Buffer> {
  const source = createReadStream(file);
  const gunzip = createGunzip();
  source.on("error", (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  let parts: Buffer[] = [];
  let partsLength = 0;
  for await (const chunk of gunzip as AsyncIterable<Buffer>) {
    let start = 0;
    for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, start)) {
      yield Buffer.concat([...parts, chunk.subarray(start, newline)]);
      parts = [];
      partsLength = 0;
      start = newline + 1;
    }
    if (start < chunk.length) {
      parts.push(chunk.subarray(start));
      partsLength += chunk.length - start;
      if (partsLength > MAX_LINE_BYTES)
        throw new BackupRefused(
          `${file} is damaged: it has a line longer than ${MAX_LINE_BYTES / 1024 / 1024} MB.`,
        );
    }
  }
  if (partsLength) yield Buffer.concat(parts);
}

function parseLine<T>(
  line: Buffer,
  schema: z.ZodType<T>,
): { ok: true; value: T } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(line.toString("utf8"));
  } catch {
    return { ok: false, message: "not JSON" };
  }
  const parsed = schema.safeParse(value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, message: z.prettifyError(parsed.error) };
}

function readHeader(file: string, line: Buffer): BackupHeader {
  const loose = parseLine(
    line,
    z.looseObject({ format: z.literal(BACKUP_FORMAT), version: z.number() }),
  );
  if (!loose.ok)
    throw new BackupRefused(
      `${file} is not a backup of this portal (its first line does not describe one).`,
    );
  if (loose.value.version > FORMAT_VERSION) {
    throw new BackupRefused(
      `${file} was written by a newer version of the portal (backup format ${loose.value.version}; this version reads format ${FORMAT_VERSION}). Update the portal, then restore.`,
    );
  }
  const header = parseLine(line, BackupHeader);
  if (!header.ok)
    throw new BackupRefused(
      `${file} is damaged: its first line is not a valid description (${header.message}).`,
    );
  return header.value;
}

/** Errors of the file itself (missing, unreadable, not gzip, cut short), as a refusal. */
function refusalOf(file: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code ?? "";
  if (code.startsWith("Z_"))
    return new BackupRefused(
      `${file} is damaged (${(error as Error).message}): it is not a complete gzip file.`,
    );
  if (["ENOENT", "EACCES", "EISDIR"].includes(code))
    return new BackupRefused(`Cannot read ${file}: ${(error as Error).message}`);
  return error;
}

/**
 * Reads the whole file, handing each row line to `onRow`, and checks the header, the last line
 * and the SHA-256 of everything before it. Throws BackupRefused, after reading to the end, on
 * any damage; `onRow`'s own errors pass through.
 */
export async function readBackup(
  file: string,
  onRow: (line: Buffer, lineNumber: number) => Promise<void> | void = () => {},
): Promise<{ header: BackupHeader; end: BackupEnd }> {
  const hash = createHash("sha256");
  let header: BackupHeader | undefined;
  let pending: Buffer | undefined;
  let lineNumber = 0;
  try {
    for await (const line of linesOf(file)) {
      lineNumber += 1;
      if (!header) {
        header = readHeader(file, line);
        hash.update(line).update("\n");
        continue;
      }
      // A line is a row unless it is the last one: hold each until the next arrives.
      if (pending) {
        hash.update(pending).update("\n");
        await onRow(pending, lineNumber - 1);
      }
      pending = line;
    }
  } catch (error) {
    throw refusalOf(file, error);
  }
  if (!header) throw new BackupRefused(`${file} is empty.`);
  const end = pending && parseLine(pending, BackupEnd);
  if (!end || !end.ok)
    throw new BackupRefused(
      `${file} is incomplete: it stops before its last line (the copy was cut short or edited).`,
    );
  if (end.value.sha256 !== hash.digest("hex")) {
    throw new BackupRefused(
      `${file} is damaged or was altered: its checksum does not match its contents.`,
    );
  }
  return { header, end: end.value };
}
