// Stand-in for next/cache under Vitest: caching is Next's runtime concern (covered by the
// Playwright tests); here we record which tags an action invalidates.
export const invalidatedTags: string[] = [];

export function cacheTag(..._tags: string[]) {}
export function cacheLife(_profile: unknown) {}
export function revalidateTag(tag: string, _profile?: unknown) {
  invalidatedTags.push(tag);
}
export function updateTag(tag: string) {
  invalidatedTags.push(tag);
}
export function revalidatePath(_path: string) {}
