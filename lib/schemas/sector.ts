import { z } from "zod";
import { LocalizedText, Slug } from "./common";

/** A sector meetings discuss and provinces seek investment in (e.g. semiconductors). */
export const SectorInput = z.object({ slug: Slug, name: LocalizedText });

export type SectorInput = z.infer<typeof SectorInput>;
