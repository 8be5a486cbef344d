// The project's seed data: sourced facts from /work/shared/data/research-2026-11.md.
export { sources } from "./sources";
export { places, successions } from "./places";
export { relationships } from "./relationships";
export { sectors } from "./sectors";
export { people } from "./people";
export { meetings } from "./meetings";
export { observations } from "./observations";
export { investmentPriorities } from "./priorities";
export { exchangeRates, exchangeRateSources } from "./exchange-rates";
