/** @type {import('next').NextConfig} */
const nextConfig = {
  // Public pages are prerendered and cached ('use cache' + cacheTag); a publish
  // invalidates exactly the tags it touched. See README "Rendering and caching".
  cacheComponents: true,
  partialPrefetching: true,
  experimental: { globalNotFound: true },
  poweredByHeader: false,
  typedRoutes: false,
  async redirects() {
    return [{ source: "/", destination: "/en", permanent: false }];
  },
};

export default nextConfig;
