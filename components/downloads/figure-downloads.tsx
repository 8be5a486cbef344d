import type { FigureSeries } from "@/lib/figures";
import { DownloadLinks } from "./download-links";

/** The download of exactly the figures a profile table shows: its place, its measures, either counterpart. */
export function FigureDownloads({ places, series }: { places: string[]; series: FigureSeries[] }) {
  if (series.length === 0) return null;
  const measure = [...new Set(series.map((s) => s.measure))];
  return <DownloadLinks table="figures" filter={{ place: places, measure, counterpart: "any" }} />;
}
