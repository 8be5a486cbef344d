import type { Prisma } from "../../generated/prisma/client";
import { asOptionalText, asText, type LocalizedText } from "../../i18n/text";

export const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
/**
 * Open data gives each text in its three languages only: the translation state kept beside
 * them (lib/i18n/translation.ts) is the editors' bookkeeping, not part of the published schema.
 */
export const text = (json: unknown) => languagesOnly(asText(json));
export const optionalText = (json: unknown) => {
  const value = asOptionalText(json);
  return value ? languagesOnly(value) : null;
};

function languagesOnly({ en, vi, ja }: LocalizedText): LocalizedText {
  return { en, ...(vi ? { vi } : {}), ...(ja ? { ja } : {}) };
}

export const sourceRefSelect = {
  id: true,
  publisher: true,
  title: true,
  url: true,
} satisfies Prisma.SourceSelect;
