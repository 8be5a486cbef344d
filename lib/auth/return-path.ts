export const SIGN_IN_PATH = "/admin/sign-in";

/**
 * Where to go after signing in: only a path inside the staff area of this site, so a link
 * like /admin/sign-in?next=https://evil.example cannot send anyone elsewhere.
 */
export function safeReturnPath(next: unknown): string {
  if (
    typeof next !== "string" ||
    !next.startsWith("/") ||
    next.startsWith("//") ||
    next.includes("\\")
  )
    return "/admin";
  try {
    const url = new URL(next, "http://portal.invalid");
    if (url.origin !== "http://portal.invalid") return "/admin";
    if (url.pathname !== "/admin" && !url.pathname.startsWith("/admin/")) return "/admin";
    if (url.pathname.startsWith(SIGN_IN_PATH)) return "/admin";
    return url.pathname + url.search + url.hash;
  } catch {
    return "/admin";
  }
}
