// Dynu's static API key, sent as `API-Key: <key>` on every API call: generated from specs/dynu/source.json.
export { dynuApiKey } from "../generated/static-credentials.js";
