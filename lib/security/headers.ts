// The security headers of every response, decided once at start from the public address.
// Public pages are prerendered, the same bytes for every visitor, so their policy cannot
// carry a per-request nonce; staff pages render per request and get a strict nonce policy.
import { randomBytes } from "node:crypto";

type Directives = Record<string, string[]>;

const serialize = (directives: Directives) =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");

const common: Directives = {
  "default-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "manifest-src": ["'self'"],
  "object-src": ["'none'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

/**
 * Public pages. Next writes the page's data into the HTML as inline <script> elements, and a
 * prerendered page cannot know a per-request nonce, so inline scripts are allowed; every
 * script and style must still come from this origin: no third-party code, plugins or frames,
 * and forms post only here.
 */
export function publicContentSecurityPolicy(https: boolean): string {
  return serialize({
    ...common,
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "base-uri": ["'self'"],
    ...(https ? { "upgrade-insecure-requests": [] } : {}),
  });
}

/** Staff pages: only scripts carrying this response's nonce run, and what they load. */
export function staffContentSecurityPolicy(nonce: string, https: boolean): string {
  return serialize({
    ...common,
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"],
    "style-src": ["'self'", `'nonce-${nonce}'`],
    "base-uri": ["'none'"],
    ...(https ? { "upgrade-insecure-requests": [] } : {}),
  });
}

/** Pages the web server writes itself (the 503 page): no script at all, one known style. */
export function selfContainedPagePolicy(styleHash: string): string {
  return serialize({
    ...common,
    "default-src": ["'none'"],
    "style-src": [`'${styleHash}'`],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
  });
}

export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

/** Headers every response carries, whatever produced it. */
export function baseSecurityHeaders(https: boolean): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "X-Frame-Options": "DENY",
    // Browsers ignore HSTS over plain HTTP; send it only where it means something.
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/**
 * Staff pages only: no window of another site keeps a handle on a signed-in editor's window.
 * Public pages hold nothing private, and on them the header cost every first visit a browsing
 * context group switch: 160–290 ms of Lighthouse's blocking time on the same page (README).
 */
export const staffOnlyHeaders = { "Cross-Origin-Opener-Policy": "same-origin" };

export const isStaffPath = (pathname: string) =>
  pathname === "/admin" || pathname.startsWith("/admin/");
