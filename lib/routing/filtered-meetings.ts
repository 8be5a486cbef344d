const meetingsList = /^\/([a-z]{2})\/meetings$/;

/**
 * The meetings list is prerendered; with filters in its query string it is served by the page
 * that renders per request, at the same address. proxy.ts rewrites to it, and the web
 * server's outage gate knows from this that such a request reads the database.
 */
export function filteredMeetingsPath(pathname: string, search: string): string | null {
  const match = meetingsList.exec(pathname);
  return match && search && search !== "?" ? `/${match[1]}/meetings-filtered${search}` : null;
}
