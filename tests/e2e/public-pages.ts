/** Every kind of public page, as the path after the language (`/${locale}${path}`). */
export const publicPaths = [
  "",
  "/provinces/bac-ninh",
  "/provinces/nghe-an",
  "/partners",
  "/partners/kanagawa",
  "/meetings",
  "/meetings?province=nghe-an&year=2019",
  "/meetings/2019-04-26-meeting-nghe-an-japan",
  "/meetings/2023-11-bac-ninh-kanagawa-moc-proposal",
  "/investment",
  "/figures/bac-ninh",
  "/sources",
  "/provinces/no-such-place",
];
