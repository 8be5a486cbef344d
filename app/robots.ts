import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/i18n/alternates";

export default function robots(): MetadataRoute.Robots {
  // /language only switches language and redirects: crawlers find each version through hreflang.
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/language"] }],
    sitemap: new URL("/sitemap.xml", siteUrl()).href,
  };
}
