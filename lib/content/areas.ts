// The kinds of record staff edit, each behind the same drafts engine (./working-copies).
// The admin routes (/admin/[area]) and actions look an area up here by its URL name.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { meetingAdapter } from "./adapters/meeting";
import { observationAdapter } from "./adapters/observation";
import { personAdapter } from "./adapters/person";
import { placeAdapter } from "./adapters/place";
import { relationshipAdapter } from "./adapters/relationship";
import { sectorAdapter } from "./adapters/sector";
import { sourceAdapter } from "./adapters/source";
import { territoryAdapter } from "./adapters/territory";
import type { ContentAdapter } from "./types";

export interface ContentArea {
  adapter: ContentAdapter<unknown>;
  /** "meeting": for "New meeting", "Delete this meeting?" */
  noun: string;
  title: string;
  description: string;
}

export const contentAreas = {
  meetings: {
    adapter: meetingAdapter,
    noun: "meeting",
    title: "Meetings",
    description: "Record meetings with their participants, sectors and outcomes.",
  },
  relationships: {
    adapter: relationshipAdapter,
    noun: "relationship",
    title: "Relationships",
    description: "Friendship agreements and other ties, with their status and evidence.",
  },
  figures: {
    adapter: observationAdapter,
    noun: "figure",
    title: "Figures",
    description: "FDI, ODA, trade and other figures, each exactly as one source reported it.",
  },
  people: {
    adapter: personAdapter,
    noun: "person",
    title: "People",
    description: "People who take part in meetings (their titles are kept per meeting).",
  },
  places: {
    adapter: placeAdapter,
    noun: "place",
    title: "Places",
    description: "Provinces, prefectures and cities: names and summaries.",
  },
  territories: {
    adapter: territoryAdapter,
    noun: "territory",
    title: "Boundaries",
    description:
      "Each place's territory over time and the mergers that formed it; every figure names the territory it describes.",
  },
  sectors: {
    adapter: sectorAdapter,
    noun: "sector",
    title: "Sectors",
    description: "The sectors meetings discuss and provinces seek investment in.",
  },
  sources: {
    adapter: sourceAdapter,
    noun: "source",
    title: "Sources",
    description: "The publications every figure, meeting and relationship cites.",
  },
} satisfies Record<string, ContentArea>;

export type AreaKey = keyof typeof contentAreas;

export const areaKeys = Object.keys(contentAreas) as AreaKey[];

export function isAreaKey(key: string): key is AreaKey {
  return Object.hasOwn(contentAreas, key);
}

/** The area named in an admin URL, or the 404 page. */
export function areaFromParam(key: string): { key: AreaKey; area: ContentArea } {
  if (!isAreaKey(key)) notFound();
  return { key, area: contentAreas[key] };
}

/** A staff page's title, naming its area ("New meeting · Staff · Partnership portal"). */
export async function areaPageMetadata(
  params: Promise<{ area: string }>,
  title: (area: ContentArea) => string,
): Promise<Metadata> {
  const { area } = areaFromParam((await params).area);
  return { title: { absolute: `${title(area)} · Staff · Partnership portal` } };
}
