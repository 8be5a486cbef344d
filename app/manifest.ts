import type { MetadataRoute } from "next";
import { getMessages } from "@/lib/i18n/messages";

// What a phone uses when the portal is added to its home screen.
export default function manifest(): MetadataRoute.Manifest {
  const { site } = getMessages("en");
  return {
    name: site.name,
    short_name: site.shortName,
    description: site.tagline,
    start_url: "/en",
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#0b5750",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/apple-icon.png", sizes: "180x180", type: "image/png" },
    ],
  };
}
