// The API key flow, `Authorization: ApiKey <key>` on every request: generated from specs/adguard-dns/source.json.
export { adguardDnsApiKey as apiKey } from "../generated/static-credentials.js";
