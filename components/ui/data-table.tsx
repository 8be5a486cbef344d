import type { ReactNode } from "react";

/** A column's header: its label, and classes of its own (e.g. `hidden sm:table-cell`). */
export interface Column {
  label: ReactNode;
  className?: string;
}

const head = "text-xs uppercase tracking-wide text-slate-600";
const compact = "py-1 pr-3 last:pr-0";

// Where a table stands decides its look: on its own in a bordered box with a shaded header row
// ("framed"), beside a chart ("open"), or inside a card that has a border already ("inset",
// fainter rules). `cell` is the header cells' padding; the rows' cells carry the same.
const looks = {
  framed: {
    frame: "rounded-lg border border-slate-200 bg-white",
    head: `bg-slate-50 ${head}`,
    cell: "px-3 py-2",
    rules: "divide-slate-200",
  },
  open: { frame: "", head, cell: compact, rules: "divide-slate-200" },
  inset: { frame: "", head, cell: compact, rules: "divide-slate-100" },
};

const classes = (...names: (string | undefined)[]) => names.filter(Boolean).join(" ");

/**
 * A table of data in a frame that scrolls sideways on a narrow screen (`relative` keeps the
 * screen-reader caption inside it), with one header row of column headers. The rows are the
 * caller's: each starts with its `<th scope="row">`.
 */
export function DataTable({
  caption,
  columns,
  children,
  look = "framed",
  cellPadding,
  className,
}: {
  caption: ReactNode;
  columns: Column[];
  children: ReactNode;
  look?: keyof typeof looks;
  /** The header cells' padding, where the rows' cells differ from the look's. */
  cellPadding?: string;
  /** The frame's own classes, e.g. its margin. */
  className?: string;
}) {
  const style = looks[look];
  return (
    <div className={classes("relative overflow-x-auto", style.frame, className)}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className={style.head}>
          <tr>
            {columns.map((column, i) => (
              // The columns are fixed for a render: their position is their identity.
              <th
                key={i}
                scope="col"
                className={classes(cellPadding ?? style.cell, column.className)}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={`divide-y ${style.rules} align-top`}>{children}</tbody>
      </table>
    </div>
  );
}
