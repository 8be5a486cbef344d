// The records that still refer to one, counted in words for an editor: the reason a delete is
// refused. The staff area is in English (README), so English plural rules and list format.
const plural = new Intl.PluralRules("en");
const list = new Intl.ListFormat("en", { type: "conjunction" });

/** How many records of one kind refer to it, and that kind's name for one and for several. */
export type Use = readonly [count: number, one: string, other: string];

/** "3 figures, 1 meeting, and 2 relationships", or null when nothing refers to it. */
export function describeUses(uses: readonly Use[]): string | null {
  const counted = uses
    .filter(([count]) => count > 0)
    .map(([count, one, other]) => `${count} ${plural.select(count) === "one" ? one : other}`);
  return counted.length > 0 ? list.format(counted) : null;
}
