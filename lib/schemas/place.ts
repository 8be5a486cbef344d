import { z } from "zod";
import { Country, PlaceKind } from "../generated/prisma/enums";
import {
  LIST_MAX,
  Slug,
  blankToUndefined,
  chosenId,
  chosenSlug,
  listOf,
  localizedText,
  optionalLocalizedText,
} from "./common";

// Prefectures and their municipalities are Japanese; provinces are Vietnamese.
const kindCountry: Partial<Record<PlaceKind, Country>> = {
  PROVINCE: "VN",
  PREFECTURE: "JP",
  MUNICIPALITY: "JP",
};

/** A sector the place says it seeks investment in, with the source that says so. */
export const PriorityInput = z.object({
  sectorSlug: chosenSlug("Choose the sector"),
  sourceId: chosenId("Cite the source that says the province seeks this"),
  note: optionalLocalizedText("note"),
});

/**
 * A place's identity (its stable web address, kind, country, name and the place it is part
 * of) and the sectors it seeks investment in.
 * Boundary changes (territories and mergers) have their own form (lib/schemas/territory.ts).
 */
export const PlaceInput = z
  .object({
    slug: Slug,
    kind: z.enum(PlaceKind, { error: "Choose the kind of place" }),
    country: z.enum(Country, { error: "Choose the country" }),
    name: localizedText("name"),
    summary: optionalLocalizedText("summary"),
    parentSlug: z.preprocess(blankToUndefined, Slug.optional()),
    priorities: listOf(PriorityInput, LIST_MAX.priorities).default([]),
  })
  .refine((p) => !kindCountry[p.kind] || kindCountry[p.kind] === p.country, {
    path: ["kind"],
    error: "Provinces are Vietnamese; prefectures and municipalities are Japanese",
  })
  .refine((p) => p.parentSlug !== p.slug, {
    path: ["parentSlug"],
    error: "A place cannot be part of itself",
  })
  .refine((p) => new Set(p.priorities.map((x) => x.sectorSlug)).size === p.priorities.length, {
    path: ["priorities"],
    error: "Each sector can be listed once",
  });

export type PlaceInput = z.infer<typeof PlaceInput>;
