import type { ReactNode } from "react";

/** A plain, visible explanation where the page has nothing to draw: what went wrong and what to try. */
export function ExplorerNotice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div
      role="status"
      className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950"
    >
      <h2 className="font-semibold">{title}</h2>
      <div className="mt-1 space-y-1 text-sm">{children}</div>
    </div>
  );
}
