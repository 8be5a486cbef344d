import type { MetadataRoute } from "next";

export default function robots(): MetadataRoute.Robots {
  const base = process.env.PORTAL_PUBLIC_URL ?? "http://localhost:3000";
  return { rules: [{ userAgent: "*", allow: "/", disallow: "/admin" }], sitemap: `${base}/sitemap.xml` };
}
