import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filteredMeetings, filteredMeetingsPage } from "@/lib/routing/filtered-meetings";
import {
  meetingFilterSegment,
  parseMeetingFilterSegment,
  type MeetingFilter,
} from "@/lib/schemas/meeting-filter";

const slug = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
const filter: fc.Arbitrary<MeetingFilter> = fc.record(
  { province: slug, partner: slug, sector: slug, year: fc.integer({ min: 1900, max: 2100 }) },
  { requiredKeys: [] },
);

describe("a filtered meetings list's address", () => {
  it("gives each filter one segment, and reads it back", () => {
    fc.assert(
      fc.property(filter, (f) => {
        const segment = meetingFilterSegment(f);
        expect(parseMeetingFilterSegment(segment)).toEqual(Object.keys(f).length ? f : null);
      }),
    );
    expect(meetingFilterSegment({ year: 2019, province: "nghe-an" })).toBe(
      "province-nghe-an~year-2019",
    );
  });

  it("refuses any other spelling of a segment (one cached page per filter)", () => {
    for (const segment of [
      "year-2019~province-nghe-an",
      "province-nghe-an~",
      "province-nghe-an_year-2019",
      "year-02019",
      "province-Nghe-An",
      "colour-red",
      "",
      "all",
      "province-a~province-b",
    ]) {
      expect(parseMeetingFilterSegment(segment), segment).toBeNull();
    }
  });

  it("reads the filters from the query string, dropping malformed ones and the router's own", () => {
    expect(
      filteredMeetings("/vi/meetings", "?year=2019&province=nghe-an&partner=&_rsc=1x"),
    ).toEqual({ locale: "vi", filter: { province: "nghe-an", year: 2019 } });
    expect(filteredMeetings("/en/meetings", "?province=../x&year=abc")).toBeNull();
    expect(filteredMeetings("/en/meetings", "")).toBeNull();
    expect(filteredMeetings("/en/sources", "?province=nghe-an")).toBeNull();
    expect(filteredMeetingsPage({ locale: "ja", filter: { sector: "agriculture" } })).toBe(
      "/ja/meetings-filtered/sector-agriculture",
    );
  });
});
