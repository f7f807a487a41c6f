// A minimal openapi-typescript-style `paths` type for the fake server's routes.
export interface paths {
  "/api/echo": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { "application/json": { n: number } } };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: { "application/json": { ok: boolean; echo: string } };
        };
        401: {
          headers: { [name: string]: unknown };
          content: { "application/json": { error: string } };
        };
      };
    };
  };
  "/api/public": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      responses: {
        401: {
          headers: { [name: string]: unknown };
          content: { "application/json": { error: string } };
        };
      };
    };
  };
}

/** Security per route, as a generated operation map would give it. */
export const security: Record<string, readonly Record<string, string[]>[]> = {
  "POST /api/echo": [{ oauth: [] }],
  "GET /api/public": [],
};

export const securityFor = (method: string, schemaPath: string) =>
  security[`${method.toUpperCase()} ${schemaPath}`];
