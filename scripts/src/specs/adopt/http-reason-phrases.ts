// Standard HTTP reason phrases: our neutral response descriptions when no better text is set.
const PHRASES: Record<string, string> = {
  "200": "OK",
  "201": "Created",
  "202": "Accepted",
  "204": "No Content",
  "301": "Moved Permanently",
  "302": "Found",
  "304": "Not Modified",
  "400": "Bad Request",
  "401": "Unauthorized",
  "402": "Payment Required",
  "403": "Forbidden",
  "404": "Not Found",
  "405": "Method Not Allowed",
  "409": "Conflict",
  "412": "Precondition Failed",
  "422": "Unprocessable Content",
  "429": "Too Many Requests",
  "500": "Internal Server Error",
  "501": "Not Implemented",
  "502": "Bad Gateway",
  "503": "Service Unavailable",
  "504": "Gateway Timeout",
};

/** Phrase for a status key ("404", "4XX", "default", or a component name like "200DNSRecord"). */
export function reasonPhrase(statusKey: string): string {
  if (statusKey === "default") return "Error";
  const code = /^(\d{3}|\dXX)/i.exec(statusKey)?.[1]?.toUpperCase();
  if (!code) return "Response";
  if (code.endsWith("XX")) return `${code} response`;
  return PHRASES[code] ?? `HTTP ${code}`;
}
