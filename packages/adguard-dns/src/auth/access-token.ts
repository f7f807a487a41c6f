// A fixed access token the caller already holds, sent as `Authorization: Bearer <token>`: generated from
// specs/adguard-dns/source.json. Nothing refreshes it, so a 401 after expiry reaches the caller.
export { adguardDnsAccessToken as accessToken } from "../generated/static-credentials.js";
