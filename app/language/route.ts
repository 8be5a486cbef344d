import { NextResponse, type NextRequest } from "next/server";
import { localePath } from "@/lib/i18n/alternates";
import { localeCookie } from "@/lib/i18n/config";
import { LanguageSwitch } from "@/lib/i18n/switch";

// GET /language?to=ja&path=/provinces/bac-ninh: remember the choice, then show that page in
// Japanese. The Location is relative (RFC 9110): it stays on whatever host the reader used.
export function GET(request: NextRequest) {
  const parsed = LanguageSwitch.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) {
    const message = parsed.error.issues.map((issue) => issue.message).join("\n");
    return new NextResponse(message, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const { to, path } = parsed.data;
  const response = new NextResponse(null, {
    status: 303,
    headers: { location: localePath(to, path), "cache-control": "no-store" },
  });
  response.cookies.set(localeCookie.name, to, {
    path: "/",
    maxAge: localeCookie.maxAge,
    sameSite: "lax",
    httpOnly: true,
  });
  return response;
}
