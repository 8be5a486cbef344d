import type { Metadata } from "next";
import { BarChart } from "@/components/figures/bar-chart";
import { FigureTable } from "@/components/figures/figure-table";
import { SourceCitation } from "@/components/figures/source-citation";
import { Section } from "@/components/ui/section";
import { listFiguresForPlaces } from "@/lib/data/figures";
import { groupIntoSeries, measuresIn } from "@/lib/figures";
import { localeFrom } from "@/lib/i18n/params";
import { japanCapitalBars, type ComparisonBar } from "@/lib/investment";

export const metadata: Metadata = {
  title: "Japanese investment: FDI and ODA",
  description: "Japan's FDI and ODA in Bac Ninh and Nghe An compared, each figure with its source, as-of date and basis; conflicting sources shown side by side.",
};

const measures = measuresIn("investment");
const provinces = ["bac-ninh", "nghe-an"];

function BarsTable({ bars, caption, locale }: { bars: ComparisonBar[]; caption: string; locale: "en" | "vi" | "ja" }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-xs uppercase tracking-wide text-slate-600">
        <tr><th scope="col" className="py-1 pr-3">Province</th><th scope="col" className="py-1 pr-3">Value</th><th scope="col" className="py-1">As of and source</th></tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {bars.map((bar) => (
          <tr key={bar.key} className="align-top">
            <th scope="row" className="py-2 pr-3 font-medium">{bar.label}</th>
            <td className="py-2 pr-3 tabular-nums">{bar.valueText}{bar.disputed ? <span className="block text-xs text-amber-800">sources disagree</span> : null}</td>
            <td className="py-2 text-xs">{bar.sublabel.split(" · ")[0]}<br /><SourceCitation source={bar.figure.source} locale={locale} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function InvestmentPage({ params }: PageProps<"/[locale]/investment">) {
  const locale = await localeFrom(params);
  const [figures, national] = await Promise.all([
    listFiguresForPlaces(provinces, measures),
    listFiguresForPlaces(["vietnam"], measures),
  ]);
  const latest = japanCapitalBars(figures, provinces, true);
  const history = japanCapitalBars(figures, provinces, false);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Japanese investment in Bac Ninh and Nghe An</h1>
      <p className="mt-3 max-w-3xl text-slate-700">
        Foreign direct investment (FDI) is registered capital of valid projects, cumulative as of the date shown unless marked as a
        period. Every figure names its publisher and date. Hatched bars mark readings where sources disagree; both are shown.
      </p>

      <Section id="latest" title="Japan's cumulative registered capital: latest reading per province">
        <div className="grid gap-6 lg:grid-cols-2">
          <BarChart id="chart-latest" title="Japan's cumulative registered FDI capital, latest reading per province" description={latest.map((b) => `${b.label}: ${b.valueText}, ${b.sublabel}`).join("; ")} data={latest} />
          <BarsTable bars={latest} caption="Japan's cumulative registered FDI capital, latest reading per province" locale={locale} />
        </div>
      </Section>

      <Section id="history" title="Every reading over time" intro="Older readings for Bac Ninh describe the province before its 1 July 2025 merger with Bac Giang.">
        <div className="grid gap-6 lg:grid-cols-2">
          <BarChart id="chart-history" title="Japan's cumulative registered FDI capital, all readings" description={history.map((b) => `${b.label}: ${b.valueText}, ${b.sublabel}`).join("; ")} data={history} />
          <BarsTable bars={history} caption="Japan's cumulative registered FDI capital, all readings" locale={locale} />
        </div>
      </Section>

      <Section id="all-figures" title="All investment and aid figures">
        <FigureTable series={groupIntoSeries(figures)} locale={locale} caption="Investment and aid figures for Bac Ninh and Nghe An" />
      </Section>

      <Section id="national" title="Context: Japan's FDI in Vietnam as a whole">
        <FigureTable series={groupIntoSeries(national)} locale={locale} caption="Japan's FDI in Vietnam" />
      </Section>
    </>
  );
}
