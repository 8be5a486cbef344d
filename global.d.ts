// next-intl's types: the locales we serve and the shape of our messages (English is the
// reference), so `t("a.missing.key")` fails the type check.
import type { Locale } from "./lib/i18n/config";
import type { Messages } from "./lib/i18n/messages";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
