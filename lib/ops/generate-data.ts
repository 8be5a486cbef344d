// Makes a data set N times the seed's size for benchmarks: N−1 copies of every seeded
// record (places, territories, sources, people, sectors, relationships, meetings with their
// participants, outcomes and links, figures), each copy wired to its own copies. Ids are
// shifted by a stride per table, so the copies are plain INSERT … SELECT statements. English
// names get the copy's number ("Nghe An 37"); Vietnamese and Japanese names stay, so a search
// for "Nghệ An" meets N equally good matches, the hard case for ranking.
// Only for a database made for it: it refuses one that holds anything but the seed.
import pg from "pg";
import { rebuildSearchIndex } from "../search/index-records";
import type { Database } from "../prisma-client";

const tables = [
  "Place",
  "Territory",
  "Source",
  "Person",
  "Sector",
  "Relationship",
  "Meeting",
  "Participant",
  "Outcome",
  "Observation",
] as const;

/** SQL for copy `g` (in generate_series) of every table, given each table's id stride `S.<Table>`. */
function copyStatements(S: Record<(typeof tables)[number], number>, copies: number): string[] {
  const g = `generate_series(1, ${copies}) g`;
  // A place reference: countries are shared (Japan stays Japan), other places are copied.
  const place = (column: string) =>
    `CASE WHEN ${column} IN (SELECT id FROM "Place" WHERE kind = 'COUNTRY') THEN ${column} ELSE ${column} + g * ${S.Place} END`;
  const territory = (column: string) =>
    `CASE WHEN ${column} IN (SELECT t.id FROM "Territory" t JOIN "Place" p ON p.id = t."placeId" WHERE p.kind = 'COUNTRY') THEN ${column} ELSE ${column} + g * ${S.Territory} END`;
  // The copy's English differs from the English its translations were stamped with: dropping
  // the hash of the old English keeps them current rather than "outdated" (lib/i18n/translation.ts).
  const suffixEn = (column: string) =>
    `(jsonb_set(${column}, '{en}', to_jsonb((${column}->>'en') || ' ' || g)) - 'enHash')`;
  return [
    `INSERT INTO "Source" (id, publisher, title, url, "publishedOn", "publishedPrecision", kind, note, "updatedAt")
     SELECT id + g * ${S.Source}, publisher, title || ' (' || g || ')', url || '#copy-' || g, "publishedOn", "publishedPrecision", kind, note, "updatedAt" FROM "Source", ${g}`,
    `INSERT INTO "Place" (id, slug, kind, country, name, summary, "parentId", "updatedAt")
     SELECT id + g * ${S.Place}, slug || '-' || g, kind, country, ${suffixEn("name")}, summary, ${place('"parentId"')}, "updatedAt"
     FROM "Place", ${g} WHERE kind <> 'COUNTRY'`,
    `INSERT INTO "Territory" (id, "placeId", "validFrom", "validFromPrecision", "validTo", note)
     SELECT id + g * ${S.Territory}, ${place('"placeId"')}, "validFrom", "validFromPrecision", "validTo", note FROM "Territory", ${g}
     WHERE "placeId" NOT IN (SELECT id FROM "Place" WHERE kind = 'COUNTRY')`,
    `INSERT INTO "TerritorySuccession" ("predecessorId", "successorId", "effectiveOn", note, "sourceId")
     SELECT ${territory('"predecessorId"')}, ${territory('"successorId"')}, "effectiveOn", note, "sourceId" + g * ${S.Source}
     FROM "TerritorySuccession", ${g}`,
    `INSERT INTO "Person" (id, name, "updatedAt") SELECT id + g * ${S.Person}, ${suffixEn("name")}, "updatedAt" FROM "Person", ${g}`,
    `INSERT INTO "Sector" (id, slug, name) SELECT id + g * ${S.Sector}, slug || '-' || g, ${suffixEn("name")} FROM "Sector", ${g}`,
    `INSERT INTO "Relationship" (id, slug, "vietnamesePlaceId", "japanesePlaceId", kind, status, "statusAsOf", "statusAsOfPrecision", evidence,
       since, "sincePrecision", "sinceInferred", "endedOn", "endedPrecision", summary, "updatedAt")
     SELECT id + g * ${S.Relationship}, slug || '-' || g, ${place('"vietnamesePlaceId"')}, ${place('"japanesePlaceId"')}, kind, status, "statusAsOf",
       "statusAsOfPrecision", evidence, since, "sincePrecision", "sinceInferred", "endedOn", "endedPrecision", summary, "updatedAt"
     FROM "Relationship", ${g}`,
    `INSERT INTO "RelationshipSource" ("relationshipId", "sourceId")
     SELECT "relationshipId" + g * ${S.Relationship}, "sourceId" + g * ${S.Source} FROM "RelationshipSource", ${g}`,
    `INSERT INTO "Meeting" (id, slug, kind, title, summary, "startsOn", "endsOn", "datePrecision", "dateNote", venue, "updatedAt")
     SELECT id + g * ${S.Meeting}, slug || '-' || g, kind, ${suffixEn("title")}, summary, "startsOn", "endsOn", "datePrecision", "dateNote", venue, "updatedAt"
     FROM "Meeting", ${g}`,
    `INSERT INTO "MeetingPlace" ("meetingId", "placeId") SELECT "meetingId" + g * ${S.Meeting}, ${place('"placeId"')} FROM "MeetingPlace", ${g}`,
    `INSERT INTO "MeetingSector" ("meetingId", "sectorId") SELECT "meetingId" + g * ${S.Meeting}, "sectorId" + g * ${S.Sector} FROM "MeetingSector", ${g}`,
    `INSERT INTO "MeetingSource" ("meetingId", "sourceId") SELECT "meetingId" + g * ${S.Meeting}, "sourceId" + g * ${S.Source} FROM "MeetingSource", ${g}`,
    `INSERT INTO "Participant" (id, "meetingId", "personId", side, title, organisation, position)
     SELECT id + g * ${S.Participant}, "meetingId" + g * ${S.Meeting}, "personId" + g * ${S.Person}, side, title, organisation, position FROM "Participant", ${g}`,
    `INSERT INTO "Outcome" (id, "meetingId", description, commitment, "followUp", "followUpNote", position)
     SELECT id + g * ${S.Outcome}, "meetingId" + g * ${S.Meeting}, description, commitment, "followUp", "followUpNote", position FROM "Outcome", ${g}`,
    `INSERT INTO "InvestmentPriority" ("placeId", "sectorId", note, "sourceId")
     SELECT ${place('"placeId"')}, "sectorId" + g * ${S.Sector}, note, "sourceId" + g * ${S.Source} FROM "InvestmentPriority", ${g}`,
    `INSERT INTO "Observation" (id, "territoryId", "counterpartId", measure, value, qualifier, unit, basis, "asOf", "periodStart", precision,
       "isEstimate", rank, "rankOf", note, "sourceId", "updatedAt")
     SELECT id + g * ${S.Observation}, ${territory('"territoryId"')}, "counterpartId", measure, value, qualifier, unit, basis, "asOf", "periodStart",
       precision, "isEstimate", rank, "rankOf", note, "sourceId" + g * ${S.Source}, "updatedAt"
     FROM "Observation", ${g}`,
    ...tables.map(
      (t) => `SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), (SELECT max(id) FROM "${t}"))`,
    ),
  ];
}

/** Grows a freshly seeded database `factor` times. Returns the row counts after. */
export async function multiplySeed(
  url: string,
  db: Database,
  factor: number,
): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const count = async (t: string) =>
      Number((await client.query(`SELECT count(*) FROM "${t}"`)).rows[0].count);
    if ((await count("Place")) > 100)
      throw new Error("This database already holds more than the seed; generate into a fresh one.");
    const strides = {} as Record<(typeof tables)[number], number>;
    for (const t of tables)
      strides[t] = Number(
        (await client.query(`SELECT coalesce(max(id), 0) + 1 AS n FROM "${t}"`)).rows[0].n,
      );
    await client.query("BEGIN");
    for (const statement of copyStatements(strides, factor - 1)) await client.query(statement);
    await client.query("COMMIT");
    await db.$transaction((tx) => rebuildSearchIndex(tx), { timeout: 600_000 });
    await client.query("ANALYZE");
    return Object.fromEntries(
      await Promise.all([...tables, "SearchEntry"].map(async (t) => [t, await count(t)])),
    );
  } finally {
    await client.end();
  }
}
