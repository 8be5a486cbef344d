import { utcStamp } from "@/lib/timestamps";

/** A moment on a staff page, machine-readable in `dateTime` and written in UTC. */
export function UtcTime({ date, precision }: { date: Date; precision?: "minute" | "second" }) {
  return <time dateTime={date.toISOString()}>{utcStamp(date, precision)}</time>;
}
