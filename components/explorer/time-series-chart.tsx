import { useLocale } from "next-intl";
import {
  chartSizes,
  layoutChart,
  markPath,
  seriesColours,
  type ChartReading,
  type ChartSize,
} from "@/lib/explorer/chart";
import { axisFormat } from "@/lib/format/axis";

export interface ChartPlace {
  slug: string;
  /** The place's position in the legend: its colour and mark. */
  index: number;
}

interface Props {
  id: string;
  title: string;
  description: string;
  yAxis: string;
  xAxis: string;
  readings: ChartReading[];
  places: ChartPlace[];
  years: { from?: number; to?: number };
}

function ChartSvg({
  id,
  size,
  title,
  description,
  yAxis,
  xAxis,
  readings,
  places,
  years,
}: Props & { size: ChartSize }) {
  const locale = useLocale();
  const layout = layoutChart(
    readings,
    places.map((p) => p.slug),
    size,
    axisFormat(locale),
    years,
  );
  const { plot, width, height } = layout;
  const index = new Map(places.map((p) => [p.slug, p.index]));
  const colour = (place: string) => seriesColours[(index.get(place) ?? 0) % seriesColours.length];
  const font = size.fontSize;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="h-auto w-full"
      style={{ maxWidth: width }}
      fontSize={font}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g aria-hidden="true">
        <text x={plot.left} y={font} fill="#334155">
          {yAxis}
        </text>
        {layout.yTicks.map((tick) => (
          <g key={tick.y}>
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} stroke="#e2e8f0" />
            <text
              x={plot.left - 6}
              y={tick.y}
              textAnchor="end"
              dominantBaseline="middle"
              fill="#334155"
            >
              {tick.label}
            </text>
          </g>
        ))}
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="#64748b" />
        {layout.xTicks.map((tick) => (
          <g key={tick.x}>
            <line x1={tick.x} x2={tick.x} y1={plot.bottom} y2={plot.bottom + 4} stroke="#64748b" />
            <text x={tick.x} y={plot.bottom + font + 4} textAnchor="middle" fill="#334155">
              {tick.label}
            </text>
          </g>
        ))}
        <text x={(plot.left + plot.right) / 2} y={height - 2} textAnchor="middle" fill="#334155">
          {xAxis}
        </text>
        {layout.lines.map((l) => (
          <path key={l.place} d={l.d} fill="none" stroke={colour(l.place)} strokeWidth={2} />
        ))}
        {layout.ranges.map((r) => (
          <rect
            key={r.id}
            data-range=""
            x={r.x - 4}
            width={8}
            y={r.top}
            height={Math.max(r.bottom - r.top, 2)}
            fill={colour(r.place)}
            fillOpacity={0.25}
            stroke={colour(r.place)}
            strokeWidth={1.5}
            strokeDasharray={r.conflict ? "3 2" : undefined}
          />
        ))}
        {layout.marks.map((m) => (
          <path
            key={m.id}
            data-reading={m.id}
            data-conflict={m.conflict ? "" : undefined}
            d={markPath(index.get(m.place) ?? 0)}
            transform={`translate(${m.x},${m.y})`}
            fill={m.conflict ? "#ffffff" : colour(m.place)}
            stroke={colour(m.place)}
            strokeWidth={m.conflict ? 2 : 1}
          />
        ))}
      </g>
    </svg>
  );
}

/**
 * The explorer's time series, drawn on the server as SVG: one line and one kind of mark per
 * place, readings where sources disagree as hollow marks side by side, ranges as bars. Two
 * layouts, each with its labels measured for its own width, so that a phone gets text it can
 * read rather than a shrunken desktop chart; print takes the wide one.
 */
export function TimeSeriesChart(props: Props) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3 print:break-inside-avoid">
      <div className="sm:hidden print:hidden">
        <ChartSvg {...props} id={`${props.id}-narrow`} size={chartSizes.narrow} />
      </div>
      <div className="hidden sm:block print:block">
        <ChartSvg {...props} id={`${props.id}-wide`} size={chartSizes.wide} />
      </div>
    </div>
  );
}
