import type { Prisma } from "../../generated/prisma/client";
import { asOptionalText, asText } from "../../i18n/text";

export const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
export const text = asText;
export const optionalText = asOptionalText;

export const sourceRefSelect = { id: true, publisher: true, title: true, url: true } satisfies Prisma.SourceSelect;
