/**
 * Staff pages show moments in UTC, written the same way everywhere ("2026-11-23 04:41 UTC"),
 * so that two editors in different time zones quote the same time to each other.
 */
export function utcStamp(date: Date, precision: "minute" | "second" = "minute"): string {
  return `${date
    .toISOString()
    .slice(0, precision === "minute" ? 16 : 19)
    .replace("T", " ")} UTC`;
}
