import { scaleBand, scaleLinear } from "d3-scale";

export interface BarDatum {
  key: string;
  label: string;
  sublabel?: string;
  value: number;
  /** The high end of a range: drawn as a lighter band from `value` to here, never averaged. */
  valueHigh?: number;
  valueText: string;
  /** Readings that disagree are drawn hatched, so the chart never hides a conflict. */
  disputed?: boolean;
}

// Drawn narrow, so that a phone scales the text down little: a 360 px screen shows the 15-unit
// labels at about 12 px (at 640 units wide they were 7 px). A wide screen caps the chart at
// 28rem, where its text is about the size of the table's beside it. The label column fits a
// Vietnamese date ("tháng 11 năm 2023"), the value column "nearly US$1.1 billion".
const width = 410;
const labelWidth = 145;
const valueWidth = 155;
const barHeight = 38;

/**
 * A horizontal bar chart drawn on the server as SVG: readable without JavaScript, and the
 * page always puts the same numbers in a table beside it.
 */
export function BarChart({
  id,
  title,
  description,
  data,
}: {
  id: string;
  title: string;
  description: string;
  data: BarDatum[];
}) {
  const height = data.length * barHeight + 8;
  const y = scaleBand<string>()
    .domain(data.map((d) => d.key))
    .range([4, height - 4])
    .padding(0.25);
  const max = Math.max(...data.map((d) => d.valueHigh ?? d.value), 0);
  const x = scaleLinear()
    .domain([0, max || 1])
    .range([0, width - labelWidth - valueWidth])
    .nice();
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="h-auto w-full max-w-md"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <defs>
        <pattern
          id={`${id}-hatch`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#0f6b63" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2.5" />
        </pattern>
      </defs>
      {data.map((d) => {
        const top = y(d.key) ?? 0;
        const band = y.bandwidth();
        const low = Math.max(x(d.value), 1);
        const end = d.valueHigh === undefined ? low : Math.max(x(d.valueHigh), low + 1);
        return (
          <g key={d.key}>
            <text
              x={labelWidth - 8}
              y={top + band / 2 - (d.sublabel ? 6 : 0)}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize="15"
              fill="#0f172a"
            >
              {d.label}
            </text>
            {d.sublabel ? (
              <text
                x={labelWidth - 8}
                y={top + band / 2 + 10}
                textAnchor="end"
                dominantBaseline="middle"
                fontSize="13"
                fill="#475569"
              >
                {d.sublabel}
              </text>
            ) : null}
            <rect
              x={labelWidth}
              y={top}
              width={low}
              height={band}
              rx="2"
              fill={d.disputed ? `url(#${id}-hatch)` : "#0f6b63"}
            />
            {d.valueHigh !== undefined ? (
              <rect
                data-range=""
                x={labelWidth + low}
                y={top + 0.5}
                width={end - low}
                height={band - 1}
                fill="#cce8e4"
                stroke="#0f6b63"
                strokeWidth="1"
              />
            ) : null}
            <text
              x={labelWidth + end + 6}
              y={top + band / 2}
              dominantBaseline="middle"
              fontSize="14"
              fill="#0f172a"
            >
              {d.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
