// schema.org Dataset metadata for a page whose table can be downloaded: what it is, who made
// it, under which licence, where the files are, and the time and places it covers.
import { siteUrl } from "../i18n/alternates";

export const datasetLicence = "https://creativecommons.org/licenses/by/4.0/";

export interface DatasetFacts {
  name: string;
  description: string;
  /** The page's own path, and its download paths (with their filters). */
  path: string;
  csv: string;
  json: string;
  creator: string;
  /** ISO 8601 interval of the figures' dates ("2010/2024"), when known. */
  temporalCoverage?: string;
  /** The places the figures describe, by name. */
  places: string[];
  language: string;
}

export function datasetJsonLd(facts: DatasetFacts) {
  const absolute = (path: string) => new URL(path, siteUrl()).href;
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: facts.name,
    description: facts.description,
    url: absolute(facts.path),
    inLanguage: facts.language,
    license: datasetLicence,
    isAccessibleForFree: true,
    creator: { "@type": "Organization", name: facts.creator, url: absolute("/") },
    ...(facts.temporalCoverage ? { temporalCoverage: facts.temporalCoverage } : {}),
    spatialCoverage: facts.places.map((name) => ({ "@type": "Place", name })),
    distribution: [
      { "@type": "DataDownload", encodingFormat: "text/csv", contentUrl: absolute(facts.csv) },
      {
        "@type": "DataDownload",
        encodingFormat: "application/json",
        contentUrl: absolute(facts.json),
      },
    ],
  };
}

/** "2010/2024" from the ISO dates of the figures (or the chosen years). */
export function yearSpan(dates: string[], from?: number, to?: number): string | undefined {
  const years = dates.map((d) => Number(d.slice(0, 4))).filter(Number.isFinite);
  const first = from ?? (years.length ? Math.min(...years) : undefined);
  const last = to ?? (years.length ? Math.max(...years) : undefined);
  return first !== undefined && last !== undefined ? `${first}/${last}` : undefined;
}
