import { parse } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { GET as download } from "@/app/api/downloads/[file]/route";
import { GET as feed } from "@/app/api/feeds/meetings/[locale]/route";
import { listCommitments } from "@/lib/data/commitments";
import { exploreObservations } from "@/lib/data/explorer";
import { getMessages } from "@/lib/i18n/messages";
import { CommitmentFilter } from "@/lib/schemas/commitments";
import { ExplorerQuery } from "@/lib/schemas/explorer";
import { testDb } from "../support/db";

async function get(
  handler: typeof download | typeof feed,
  path: string,
  params: Record<string, string>,
) {
  const response = await handler(new Request(`http://portal.test${path}`), {
    params: Promise.resolve(params),
  } as never);
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}
const utf8 = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
const csvRows = (bytes: Uint8Array) =>
  parse(utf8(bytes), { bom: true, columns: true }) as Record<string, string>[];

describe("CSV downloads", () => {
  it("gives the explorer's rows for the same filters, UTF-8 with a BOM, with source, as-of, licence and citation on each row", async () => {
    const query = "place=bac-ninh&counterpart=japan&measure=FDI_REGISTERED_CAPITAL";
    const { response, bytes } = await get(download, `/api/downloads/figures.csv?${query}`, {
      file: "figures.csv",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="vj-portal-figures.csv"',
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(bytes);
    const expected = (
      await exploreObservations(ExplorerQuery.parse(Object.fromEntries(new URLSearchParams(query))))
    ).observations;
    expect(rows.map((r) => Number(r.id))).toEqual(expected.map((o) => o.id));
    rows.forEach((row, i) => {
      expect(row).toMatchObject({
        value: expected[i].value,
        unit: expected[i].unit,
        basis: expected[i].basis,
        as_of: expected[i].asOf,
        source_url: expected[i].source.url,
        source_publisher: expected[i].source.publisher,
        conflict_group: expected[i].conflictGroup,
        sources_disagree: String(expected[i].conflict),
        measure: "FDI_REGISTERED_CAPITAL",
        licence: getMessages("en").downloads.licence,
      });
      expect(row.cite_as).toContain(`http://portal.test/api/downloads/figures.csv?${query}`);
    });
  });

  it("gives names and labels in the asked language, and keeps Vietnamese text intact", async () => {
    const { bytes } = await get(
      download,
      "/api/downloads/figures.csv?place=nghe-an&measure=FDI_PROJECTS&locale=vi",
      { file: "figures.csv" },
    );
    const rows = csvRows(bytes);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0].place).toBe("Nghệ An");
    expect(rows[0].measure).toBe(getMessages("vi").measure.FDI_PROJECTS);
    expect(rows[0].counterpart).toBe("Nhật Bản");
  });

  it("adds converted values with the rate used, only where a rate is stored", async () => {
    const { bytes } = await get(
      download,
      "/api/downloads/figures.csv?place=bac-ninh&counterpart=all&measure=GRDP&convert=USD",
      { file: "figures.csv" },
    );
    const rows = csvRows(bytes);
    const in1997 = rows.find((r) => r.as_of.startsWith("1997"))!;
    expect(in1997.converted_currency).toBe("USD");
    expect(in1997.exchange_rates_used).toMatch(/^11683\.33\d* VND\/USD 1997 \(World Bank/);
    expect(rows.find((r) => r.as_of.startsWith("2022"))!.converted_value).toBe("");
  });

  it("gives a profile table's figures: several measures, either counterpart", async () => {
    const query = "place=nghe-an&measure=FDI_PROJECTS&measure=ODA_VALUE&counterpart=any";
    const rows = csvRows(
      (await get(download, `/api/downloads/figures.csv?${query}`, { file: "figures.csv" })).bytes,
    );
    expect(new Set(rows.map((r) => r.measure))).toEqual(new Set(["FDI_PROJECTS", "ODA_VALUE"]));
    expect(new Set(rows.map((r) => r.counterpart))).toEqual(new Set(["Japan", "all countries"]));
    const byMeasure = (measure: string) => rows.filter((r) => r.measure === measure).length;
    const explored = async (measure: string, counterpart: string) =>
      (await exploreObservations(ExplorerQuery.parse({ place: "nghe-an", measure, counterpart })))
        .observations.length;
    expect(byMeasure("FDI_PROJECTS")).toBe(
      (await explored("FDI_PROJECTS", "japan")) + (await explored("FDI_PROJECTS", "all")),
    );
    expect(byMeasure("ODA_VALUE")).toBe(
      (await explored("ODA_VALUE", "japan")) + (await explored("ODA_VALUE", "all")),
    );
    const bad = await get(
      download,
      "/api/downloads/figures.csv?place=nghe-an&counterpart=everyone",
      { file: "figures.csv" },
    );
    expect(bad.response.status).toBe(400);
  });

  it("gives the commitments with the page's filters", async () => {
    const { bytes } = await get(download, "/api/downloads/commitments.csv?commitment=PLEDGED", {
      file: "commitments.csv",
    });
    const rows = csvRows(bytes);
    const expected = await listCommitments(CommitmentFilter.parse({ commitment: "PLEDGED" }));
    expect(rows.length).toBe(expected.length);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.commitment))).toEqual(new Set(["PLEDGED"]));
    expect(rows[0].meeting_page).toBe(`http://portal.test/en/meetings/${expected[0].meeting.slug}`);
  });

  it("gives meetings filtered by province and year, and every source", async () => {
    const meetings = csvRows(
      (
        await get(download, "/api/downloads/meetings.csv?province=nghe-an&year=2019", {
          file: "meetings.csv",
        })
      ).bytes,
    );
    expect(meetings.length).toBeGreaterThan(0);
    expect(
      meetings.every((m) => m.starts_on.startsWith("2019") && m.places.includes("Nghe An")),
    ).toBe(true);
    const sources = csvRows(
      (await get(download, "/api/downloads/sources.csv", { file: "sources.csv" })).bytes,
    );
    expect(sources.length).toBe(await testDb.source.count());
  });

  it.each([
    ["figures.csv", "", "place"],
    ["figures.csv", "place=bac-ninh&from=2030&to=2020", "from"],
    ["meetings.csv", "year=abc", "year"],
    ["commitments.csv", "status=MAYBE", "status"],
    ["sources.csv", "colour=red", "colour"],
    ["sources.csv", "locale=fr", "locale"],
    ["people.csv", "", "file"],
    ["sources.xlsx", "", "file"],
  ])("refuses %s?%s with a 400 naming %s", async (file, query, name) => {
    const { response, bytes } = await get(download, `/api/downloads/${file}?${query}`, { file });
    expect(response.status).toBe(400);
    expect(JSON.parse(utf8(bytes)).invalidParams.map((p: { name: string }) => p.name)).toContain(
      name,
    );
  });
});

describe("JSON downloads", () => {
  it("holds the same rows as the CSV, with the licence, citation and filters once", async () => {
    const query = "place=bac-ninh&measure=FDI_PROJECTS";
    const json = JSON.parse(
      utf8(
        (await get(download, `/api/downloads/figures.json?${query}`, { file: "figures.json" }))
          .bytes,
      ),
    );
    const csv = csvRows(
      (await get(download, `/api/downloads/figures.csv?${query}`, { file: "figures.csv" })).bytes,
    );
    expect(json.licence).toBe(getMessages("en").downloads.licence);
    expect(json.citation).toContain("figures.json");
    expect(json.filters).toMatchObject({
      place: ["bac-ninh"],
      measure: ["FDI_PROJECTS"],
      counterpart: "japan",
    });
    expect(json.rows.map((r: { id: number }) => r.id)).toEqual(csv.map((r) => Number(r.id)));
    expect(json.rows[0].source_url).toBe(csv[0].source_url);
  });
});

describe("Atom feed of meetings", () => {
  it("is well-formed Atom 1.0 with one entry per recent meeting, newest publication first", async () => {
    const { response, bytes } = await get(feed, "/api/feeds/meetings/en", { locale: "en" });
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = utf8(bytes);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed: atom } = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(atom["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    for (const field of ["id", "title", "updated"]) expect(atom[field]).toBeTruthy();
    const entries = Array.isArray(atom.entry) ? atom.entry : [atom.entry];
    expect(entries.length).toBe(Math.min(50, await testDb.meeting.count()));
    for (const entry of entries) {
      expect(entry.id).toMatch(/^tag:portal\.test,2026:meeting:\d+$/);
      expect(entry.link["@_href"]).toMatch(/^http:\/\/portal\.test\/en\/meetings\/[a-z0-9-]+$/);
      expect(entry.title).toBeTruthy();
      expect(new Date(entry.updated).getTime()).not.toBeNaN();
    }
    const updated = entries.map((e: { updated: string }) => e.updated);
    expect(updated).toEqual([...updated].sort().reverse());
  });

  it("exists per language, and refuses other languages", async () => {
    const ja = utf8((await get(feed, "/api/feeds/meetings/ja", { locale: "ja" })).bytes);
    expect(ja).toContain('<link rel="alternate" href="http://portal.test/ja/meetings"/>');
    expect((await get(feed, "/api/feeds/meetings/fr", { locale: "fr" })).response.status).toBe(400);
  });
});

describe("commitments", () => {
  it("lists every outcome, linked to its meeting, narrowed by province, kind, status and year", async () => {
    const all = await listCommitments({});
    expect(all.length).toBe(await testDb.outcome.count());
    const pledges = await listCommitments({ commitment: "PLEDGED" });
    expect(pledges.every((c) => c.commitment === "PLEDGED")).toBe(true);
    const bacNinh = await listCommitments({ province: "bac-ninh" });
    expect(bacNinh.length).toBeGreaterThan(0);
    expect(bacNinh.every((c) => c.places.some((p) => p.slug === "bac-ninh"))).toBe(true);
    const year = Number(all[0].meeting.startsOn.slice(0, 4));
    const inYear = await listCommitments({ year });
    expect(inYear.every((c) => c.meeting.startsOn.startsWith(String(year)))).toBe(true);
    const unknown = await listCommitments({ status: "UNKNOWN", partner: "kanagawa" });
    expect(
      unknown.every((c) => c.followUp === "UNKNOWN" && c.places.some((p) => p.slug === "kanagawa")),
    ).toBe(true);
    const dates = all.map((c) => c.meeting.startsOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
