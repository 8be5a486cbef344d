// Property-based tests of every server action (issue 9): random and hostile posts (huge row
// numbers and strings, deep and prototype-reaching names, wrong types, bad UTF-8, NUL bytes)
// get a refusal as a value (field errors, a message, or a redirect), never an exception, and
// a refused post changes nothing in the database (every table's rows, by checksum).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-store";
import { isRedirect, request, resetRequest, tableChecksums } from "../support/actions";
import { testDb } from "../support/db";
import { areaOrAnything, formOrAnything, sandbox } from "../support/hostile";
import { makeUser } from "../support/users";

vi.mock("@/lib/auth/session", async () => (await import("../support/actions")).sessionModule);
vi.mock("next/headers", async () => (await import("../support/actions")).headersModule);

const actionsDir = path.join(import.meta.dirname, "../../lib/actions");
const serverActionFiles = readdirSync(actionsDir).filter((file) =>
  /^["']use server["']/.test(readFileSync(path.join(actionsDir, file), "utf8")),
);
const modules = Object.fromEntries(
  await Promise.all(
    serverActionFiles.map(
      async (file) =>
        [file, await import(`../../lib/actions/${file.replace(/\.ts$/, "")}.ts`)] as const,
    ),
  ),
);
const { saveDocument, publishDocument, restoreDocumentRevision, deleteDocumentAction } =
  modules["content.ts"];
const { createUser, disableUser, enableUser, changeRole } = modules["users.ts"];
const { signIn, signOut, changePassword } = modules["auth.ts"];

type Outcome = { returned: unknown } | { redirect: string };
interface Case {
  call: fc.Arbitrary<() => Promise<unknown>>;
  /** Who is signed in while it runs. */
  actor: "nobody" | "editor" | "admin";
  /** Whether an outcome is a change made on purpose (then the database may differ). */
  succeeded: (outcome: Outcome) => boolean;
}

const redirectedTo = (pattern: RegExp) => (o: Outcome) =>
  "redirect" in o && pattern.test(o.redirect);
const returnedOk = (o: Outcome) => "returned" in o && (o.returned as { ok?: boolean })?.ok === true;
const anything = fc.anything();

const cases: Record<string, Case> = {
  saveDocument: {
    actor: "editor",
    succeeded: redirectedTo(/\?saved=1$/),
    call: fc.tuple(areaOrAnything, anything, formOrAnything).map(
      ([a, p, f]) =>
        () =>
          saveDocument(a, p, f),
    ),
  },
  publishDocument: {
    actor: "editor",
    succeeded: redirectedTo(/\?published=1$/),
    call: fc.tuple(areaOrAnything, formOrAnything).map(
      ([a, f]) =>
        () =>
          publishDocument(a, f),
    ),
  },
  restoreDocumentRevision: {
    actor: "editor",
    succeeded: redirectedTo(/\?restored=1$/),
    call: fc.tuple(areaOrAnything, formOrAnything).map(
      ([a, f]) =>
        () =>
          restoreDocumentRevision(a, f),
    ),
  },
  deleteDocumentAction: {
    actor: "editor",
    succeeded: redirectedTo(/\?deleted=1$/),
    call: fc.tuple(areaOrAnything, formOrAnything).map(
      ([a, f]) =>
        () =>
          deleteDocumentAction(a, f),
    ),
  },
  createUser: {
    actor: "admin",
    succeeded: returnedOk,
    call: fc.tuple(anything, formOrAnything).map(
      ([p, f]) =>
        () =>
          createUser(p, f),
    ),
  },
  disableUser: {
    actor: "admin",
    succeeded: returnedOk,
    call: fc.tuple(anything, formOrAnything).map(
      ([p, f]) =>
        () =>
          disableUser(p, f),
    ),
  },
  enableUser: {
    actor: "admin",
    succeeded: returnedOk,
    call: fc.tuple(anything, formOrAnything).map(
      ([p, f]) =>
        () =>
          enableUser(p, f),
    ),
  },
  changeRole: {
    actor: "admin",
    succeeded: returnedOk,
    call: fc.tuple(anything, formOrAnything).map(
      ([p, f]) =>
        () =>
          changeRole(p, f),
    ),
  },
  changePassword: {
    actor: "editor",
    succeeded: returnedOk,
    call: fc.tuple(anything, formOrAnything).map(
      ([p, f]) =>
        () =>
          changePassword(p, f),
    ),
  },
  signIn: {
    actor: "nobody",
    succeeded: () => false,
    call: fc.tuple(anything, formOrAnything).map(
      ([p, f]) =>
        () =>
          signIn(p, f),
    ),
  },
  // Signing out writes its audit row on purpose; without a session it changes nothing.
  signOut: {
    actor: "editor",
    succeeded: () => true,
    call: fc.array(anything, { maxLength: 3 }).map((args) => () => signOut(...args)),
  },
};

async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { returned: await call() };
  } catch (error) {
    if (isRedirect(error)) return { redirect: (error as { digest: string }).digest.split(";")[2] };
    throw error;
  }
}

let actors: Record<Case["actor"], SessionUser | null>;
beforeAll(async () => {
  actors = {
    nobody: null,
    editor: await makeUser({ prefix: "prop-editor" }),
    admin: await makeUser({ role: "ADMIN", prefix: "prop-admin" }),
  };
  // Records for valid-looking posts to hit: a published person with a working copy, a draft
  // sector and a staff account, under ids no other record has (see sandbox in ../support/hostile).
  const id = 2_000_000_000 + Math.floor(Math.random() * 100_000_000);
  const authorId = actors.editor!.id;
  await testDb.person.create({ data: { id, name: { en: "Sandbox person" } } });
  await testDb.workingCopy.createMany({
    data: [
      {
        id,
        entityType: "PERSON",
        entityId: id,
        data: { name: { en: "Sandbox person" } },
        version: 1,
        publishedVersion: 1,
        updatedById: authorId,
      },
      {
        id: id + 1,
        entityType: "SECTOR",
        data: { slug: `sandbox-${id}`, name: { en: "Sandbox sector" } },
        updatedById: authorId,
      },
    ],
  });
  await testDb.revision.createMany({
    data: [
      {
        id,
        workingCopyId: id,
        version: 1,
        action: "PUBLISH",
        data: { name: { en: "Sandbox person" } },
        authorId,
      },
      {
        id: id + 1,
        workingCopyId: id + 1,
        version: 1,
        action: "SAVE",
        data: { slug: `sandbox-${id}`, name: { en: "Sandbox sector" } },
        authorId,
      },
    ],
  });
  await testDb.user.create({
    data: {
      id: id + 2,
      email: `sandbox-${id}@example.org`,
      role: "EDITOR",
      passwordHash: "not a hash",
    },
  });
  sandbox.ids = [String(id), String(id + 1), String(id + 2)];
});

/** Runs the property for one action: whoever is signed in (its own role, or nobody), every post refused or done on purpose. */
async function checkAction(name: string, numRuns: number) {
  const { call, actor, succeeded } = cases[name];
  let baseline = await tableChecksums();
  await fc.assert(
    fc.asyncProperty(call, fc.boolean(), async (run, signedIn) => {
      resetRequest();
      request.actor = signedIn ? actors[actor] : null;
      const outcome = await outcomeOf(run);
      if ("returned" in outcome) {
        // A refusal returned as form state: a message or field errors (signIn, forms), or nothing (buttons).
        const state = outcome.returned as
          { message?: unknown; errors?: unknown; ok?: unknown } | undefined;
        expect(
          state === undefined ||
            typeof state.message === "string" ||
            typeof state.errors === "object",
        ).toBe(true);
      }
      const after = await tableChecksums();
      if (request.actor && succeeded(outcome)) baseline = after;
      else expect(after).toEqual(baseline);
    }),
    { numRuns, endOnFailure: true },
  );
}

describe("every server action, given hostile posts", () => {
  it("has a property test here (a new action must be added to the table)", () => {
    const exported = Object.entries(modules).flatMap(([, module]) => Object.keys(module));
    expect(exported.sort()).toEqual(Object.keys(cases).sort());
  });

  for (const name of Object.keys(cases)) {
    it(
      `${name} refuses them as values and changes nothing`,
      () => checkAction(name, name === "signOut" ? 15 : 60),
      60_000,
    );
  }

  it("never reaches Object.prototype", () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  });
});
