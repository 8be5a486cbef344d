import { z } from "zod";
import { Slug, localizedText } from "./common";

/** A sector meetings discuss and provinces seek investment in (e.g. semiconductors). */
export const SectorInput = z.object({ slug: Slug, name: localizedText("name") });

export type SectorInput = z.infer<typeof SectorInput>;
