// The resource shapes the fake DNSimple server keeps and returns (the API's snake_case JSON).

/** An account as `/whoami` and `/accounts` return it. */
export interface FakeAccount {
  id: number;
  email: string;
  plan_identifier: string;
  created_at: string;
  updated_at: string;
}

/** A user as `/whoami` returns it for user tokens. */
export interface FakeUser {
  id: number;
  email: string;
  created_at: string;
  updated_at: string;
}

/** A hosted domain. */
export interface FakeDomain {
  id: number;
  account_id: number;
  registrant_id: number | null;
  name: string;
  unicode_name: string;
  state: "hosted" | "registered" | "expired";
  auto_renew: boolean;
  private_whois: boolean;
  expires_at: string | null;
  trustee: boolean;
  created_at: string;
  updated_at: string;
}

/** A DNS zone (created together with its domain). */
export interface FakeZone {
  id: number;
  account_id: number;
  name: string;
  reverse: boolean;
  secondary: boolean;
  last_transferred_at: string | null;
  active: boolean;
  created_at: string;
  updated_at: string;
}

/** One record of a zone. */
export interface FakeZoneRecord {
  id: number;
  zone_id: string;
  parent_id: number | null;
  name: string;
  content: string;
  ttl: number;
  priority: number | null;
  type: string;
  regions: string[];
  system_record: boolean;
  created_at: string;
  updated_at: string;
}

/** Who an access token acts for. */
export interface FakeTokenGrant {
  accountId: number;
  /** Present for user tokens: whoami then answers with the user instead of the account. */
  userId?: number | undefined;
  /** Set for tokens issued by the OAuth code flow. */
  clientId?: string | undefined;
}

/** A registered OAuth application. */
export interface FakeOAuthApp {
  clientId: string;
  clientSecret: string;
  /** The redirect URI registered with the application. */
  redirectUri: string;
}

/** An authorization code waiting to be exchanged. */
export interface FakeAuthorizationCode {
  clientId: string;
  redirectUri: string;
  state: string;
  accountId: number;
  expiresAt: number;
}
