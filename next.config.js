import createNextIntlPlugin from "next-intl/plugin";

// next-intl reads its per-request configuration (language and messages) from this file.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Public pages are prerendered and cached ('use cache' + cacheTag); a publish invalidates
  // exactly the tags it touched. See README "Rendering and caching".
  cacheComponents: true,
  partialPrefetching: true,
  experimental: { globalNotFound: true },
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
