"use client";

import { useSyncExternalStore } from "react";

/**
 * The request id of the response that failed: the web server sends it as Server-Timing "rid"
 * with every response, which the page's scripts can read. The last page load or client-side
 * navigation (a fetch) is the one that brought the error.
 */
function lastRequestId(): string | null {
  const entries = [
    ...performance.getEntriesByType("navigation"),
    ...performance
      .getEntriesByType("resource")
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === "fetch"),
  ] as PerformanceResourceTiming[];
  entries.sort((a, b) => a.startTime - b.startTime);
  for (const entry of entries.reverse()) {
    const rid = entry.serverTiming?.find((timing) => timing.name === "rid");
    if (rid?.description) return rid.description;
  }
  return null;
}

const noSubscription = () => () => {};

/** What a visitor can quote to staff; the server's error log line carries both. */
export function ErrorReference({
  label,
  digest,
  className,
}: {
  label: string;
  digest?: string;
  className?: string;
}) {
  // Read in the browser only: the server has no timing entries (nor, when prerendered, a request).
  const requestId = useSyncExternalStore(noSubscription, lastRequestId, () => null);
  const reference = requestId ?? digest;
  if (!reference) return null;
  return (
    <p className={className}>
      {label}: <code>{reference}</code>
    </p>
  );
}
