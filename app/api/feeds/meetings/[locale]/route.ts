import { z } from "zod";
import { badRequest, cachedResponse, preflight } from "@/lib/api/http";
import { meetingsAtom } from "@/lib/feeds/meetings";
import { locales } from "@/lib/i18n/config";

const Params = z.strictObject({ locale: z.enum(locales) });

/** `/api/feeds/meetings/{en|vi|ja}`: Atom 1.0. */
export async function GET(
  request: Request,
  { params }: RouteContext<"/api/feeds/meetings/[locale]">,
) {
  const parsed = Params.safeParse(await params);
  if (!parsed.success) return badRequest(parsed.error);
  const origin = process.env.PORTAL_PUBLIC_URL ?? new URL(request.url).origin;
  return cachedResponse(request, await meetingsAtom(parsed.data.locale, origin), {
    "Content-Type": "application/atom+xml; charset=utf-8",
  });
}

export const OPTIONS = preflight;
