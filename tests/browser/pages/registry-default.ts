// The page a provider without its own gets, built from its registry entry: the probe call with its first
// static credential, then the same call with a wrong secret, which must be refused with a typed ApiError.

/** What the Node side sets: the registry's names and the fake's secret. */
export interface DefaultPageConfig {
  apiUrl: string;
  /** `exports.client` and `exports.auth` of the entry. */
  client: string;
  auth: string;
  builder: string;
  secret: string;
  probe: string;
}

type Client = {
  op: Record<string, () => Promise<{ response: Response }>>;
  session: { state(): { status: string } };
};
type Factory = (options: { auth: unknown; baseUrl: string; throwOnError: true }) => Client;

/** Runs the probe twice against the gateway, with the fake's secret and with a wrong one. */
export async function registryDefaultPage(
  provider: Record<string, unknown>,
  config: DefaultPageConfig,
): Promise<unknown> {
  const create = provider[config.client] as Factory;
  const builders = provider[config.auth] as Record<string, (secret: string) => unknown>;
  const clientWith = (secret: string) =>
    create({
      auth: builders[config.builder]?.(secret),
      baseUrl: config.apiUrl,
      throwOnError: true,
    });
  const client = clientWith(config.secret);
  const { response } = await (client.op[config.probe] as () => Promise<{ response: Response }>)();
  const refused = await clientWith(`not-the-${config.builder}`)
    .op[config.probe]?.()
    .then(
      () => undefined,
      (error: unknown) => error,
    );
  const ApiError = provider.ApiError as abstract new (
    ...args: never[]
  ) => Error & { status: number };
  return {
    status: response.status,
    session: client.session.state().status,
    // The error class and its name must survive minification.
    refused: refused instanceof ApiError ? `${refused.name} ${refused.status}` : String(refused),
  };
}
