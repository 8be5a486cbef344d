"use client";

// A repeating part of a form (a meeting's participants, a place's priorities…). The list ends
// in spare blank rows, so rows can be added without JavaScript (blank rows are dropped before
// checking); saving brings new ones.
import type { ReactNode } from "react";

export function Rows<Row>({
  legend,
  intro,
  rows,
  spare,
  error,
  children,
}: {
  legend: string;
  intro: string;
  rows: Row[] | undefined;
  spare: number;
  /** The list's own error (e.g. the same sector twice), shown above its rows. */
  error?: string;
  children: (row: Partial<Row>, i: number) => ReactNode;
}) {
  const all: Partial<Row>[] = [...(rows ?? []), ...Array.from({ length: spare }, () => ({}))];
  return (
    <fieldset className="space-y-4 rounded border border-slate-300 p-4">
      <legend className="px-1 font-semibold">{legend}</legend>
      <p className="text-xs text-slate-600">{intro}</p>
      {error ? <p className="text-sm text-red-800">{error}</p> : null}
      {all.map((row, i) => (
        <div key={i} className="space-y-3 border-t border-slate-200 pt-3">
          {children(row, i)}
        </div>
      ))}
    </fieldset>
  );
}
