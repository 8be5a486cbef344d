// fast-check arbitraries for hostile form posts (issue 9): the field names and values an
// attacker would try, mixed with names the real forms use so that posts get past the parser.
import fc from "fast-check";
import { areaKeys } from "@/lib/content/areas";

const formNames = [
  "slug",
  "kind",
  "title.en",
  "title.vi",
  "title.ja",
  "summary.en",
  "name",
  "name.en",
  "startsOn",
  "endsOn",
  "venue.en",
  "dateNote.en",
  "placeSlugs",
  "sectorSlugs",
  "sourceIds",
  "participants.0.personId",
  "participants.0.side",
  "participants.1.title.en",
  "outcomes.0.description.en",
  "outcomes.0.commitment",
  "territoryId",
  "counterpartSlug",
  "measure",
  "value",
  "unit",
  "basis",
  "asOf",
  "sourceId",
  "publisher",
  "url",
  "kind",
  "placeSlug",
  "predecessors.0.territoryId",
  "priorities.0.sectorSlug",
  "country",
  "parentSlug",
  "email",
  "password",
  "currentPassword",
  "newPassword",
  "confirmPassword",
  "role",
  "userId",
  "next",
  "ref.workingCopyId",
  "ref.entityId",
  "ref.version",
  "revisionId",
  "$ACTION_ID_0",
  "$ACTION_KEY",
];

const lists = [
  "participants",
  "outcomes",
  "priorities",
  "predecessors",
  "placeSlugs",
  "sourceIds",
  "title",
];

/** A row number an attacker would pick: small, at the bounds, or enormous. */
const rowNumber = fc.oneof(
  fc.nat({ max: 120 }).map(String),
  fc.constantFrom(
    "4294967294",
    "4294967295",
    "2147483648",
    "30000000",
    "99",
    "100",
    "007",
    "-1",
    "1e3",
    "1.5",
    " 1",
    "0x10",
  ),
);

const fieldName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...formNames) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...lists),
        rowNumber,
        fc.constantFrom("side", "personId", "en", "description.en", ""),
      )
      .map(([list, row, rest]) => [list, row, rest].filter(Boolean).join(".")),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "__proto__",
      "__proto__.polluted",
      "constructor.prototype.polluted",
      "title.__proto__.en",
      "prototype",
      "toString",
      "hasOwnProperty.en",
      "participants.__proto__.length",
      "participants.constructor",
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom("a", "0", "title", "en", "participants", ""), {
        minLength: 1,
        maxLength: 12,
      })
      .map((parts) => parts.join(".")),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 90, maxLength: 400 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 16 }) },
);

/**
 * Ids of records a test made for these posts to hit, far above any other record's id, so that
 * a hostile post that happens to be valid (a delete, a publish) only ever touches those.
 */
export const sandbox = { ids: [] as string[] };

const fieldValue = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 24 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "1e10",
      "1.5",
      "-1",
      "abc",
      "0",
      "2147483647",
      "2147483648",
      "99999999999",
      "",
      " ",
      "NaN",
      "Infinity",
      "true",
      "null",
      "{}",
      "[]",
      "on",
    ),
  },
  { weight: 2, arbitrary: fc.nat().map((i) => sandbox.ids[i % sandbox.ids.length] ?? "0") },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "VISIT",
      "PRIMARY",
      "EDITOR",
      "ADMIN",
      "VIETNAM",
      "JAPAN",
      "bac-ninh",
      "kanagawa",
      "2026-11-01",
      "2026-13-45",
      "COUNT",
      "STOCK",
      "FDI_PROJECTS",
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 24 }) }, // lone surrogates and every plane
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }).map((s) => `${s}\u0000${s}`) }, // NUL bytes
  {
    weight: 1,
    arbitrary: fc.uint8Array({ maxLength: 24 }).map((bytes) => Buffer.from(bytes).toString("utf8")),
  }, // bad UTF-8, decoded
  { weight: 1, arbitrary: fc.integer({ min: 300, max: 25_000 }).map((n) => "x".repeat(n)) },
);

/** A form post: hostile entries, sometimes with a file among them. */
export const hostileForm = fc
  .tuple(fc.array(fc.tuple(fieldName, fieldValue), { maxLength: 30 }), fc.boolean())
  .map(([entries, withFile]) => {
    const form = new FormData();
    for (const [name, value] of entries) form.append(name, value);
    if (withFile) form.append("upload", new Blob(["<script>"]), "x.html");
    return form;
  });

/** A form post, or something else entirely where a form was expected. */
export const formOrAnything = fc.oneof(
  { weight: 5, arbitrary: hostileForm },
  { weight: 1, arbitrary: fc.anything() },
);

/** An area name as a page binds it, or whatever an attacker sends in its place. */
export const areaOrAnything = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...areaKeys) },
  { weight: 1, arbitrary: fc.anything() },
);
