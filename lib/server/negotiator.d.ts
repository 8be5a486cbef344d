// negotiator 1.x, as far as the web server uses it (./compress-once.ts). DefinitelyTyped's types
// describe 0.6, which had no `preferred` option.
declare module "negotiator" {
  import type { IncomingHttpHeaders } from "node:http";

  export default class Negotiator {
    constructor(request: { headers: IncomingHttpHeaders });
    encoding(
      available: readonly string[],
      options?: { preferred?: readonly string[] },
    ): string | undefined;
  }
}
