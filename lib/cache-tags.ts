// Every cache tag in one place. Public reads tag what they read; a publish invalidates
// exactly the tags of what it changed (see lib/actions/*).
export const tags = {
  places: "places",
  place: (slug: string) => `place:${slug}`,
  relationships: "relationships",
  meetings: "meetings",
  meeting: (slug: string) => `meeting:${slug}`,
  figures: "figures",
  sources: "sources",
  people: "people",
} as const;
