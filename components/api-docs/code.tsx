import type { ReactNode } from "react";

/** An address or name of the API, set apart from the prose and marked English in every language. */
export function Code({ children }: { children: ReactNode }) {
  return (
    <code lang="en" className="rounded bg-slate-100 px-1 text-sm">
      {children}
    </code>
  );
}
