import { z } from "zod";
import { localizedText } from "./common";

/**
 * One person, by name. Titles change over the years, so the title someone held at a
 * meeting is kept on their participation in it (ParticipantInput), not here.
 */
export const PersonInput = z.object({ name: localizedText("name") });

export type PersonInput = z.infer<typeof PersonInput>;
