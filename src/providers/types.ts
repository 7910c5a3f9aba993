import type { HttpDeps, UpstreamError, UpstreamResponse } from "./http.js";

/** Provider ids as they appear in REST paths and the database. */
export const PROVIDER_IDS = ["google", "github", "supabase"] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export function isProviderId(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}

/** Tokens as the provider issued them (plaintext: lives only in memory, between upstream and the cipher). */
export interface TokenSet {
  accessToken: string;
  /** Absent when the provider sent none (keep the stored one). */
  refreshToken?: string;
  expiresAt?: Date;
  refreshTokenExpiresAt?: Date;
  /** Granted scopes in canonical form, when the provider reports them. */
  scopes?: string[];
}

export interface AccountIdentity {
  /** The upstream's stable key for the account (never an email). */
  accountId: string;
  /** What a person recognizes: email, login, or a label. */
  accountLabel: string;
}

export interface RevocationOutcome {
  revoked: boolean;
  /** Why nothing was revoked (not an exception: revocation never blocks a disconnect). */
  error?: string;
}

/**
 * How one provider's scopes relate, as data (src/scopes compares them): the canonical form of a
 * scope string and which broader scope includes which narrower ones.
 */
export interface ScopeHierarchy {
  /** Canonical form of one scope string (Google short names → full URLs; GitHub lower case). */
  normalize(scope: string): string;
  /** A scope → the narrower scopes it directly includes (canonical forms); inclusion is transitive. */
  includes: Readonly<Record<string, readonly string[]>>;
  /**
   * Whether a connection's access is expressed as scopes at all; default true. False for GitHub App
   * user tokens, whose access is the app's fixed permissions.
   */
  appliesTo?(connection: { hasRefreshToken: boolean }): boolean;
}

interface ProviderBase {
  id: ProviderId;
  displayName: string;
  /** Canonical form of one scope string (e.g. Google short names → full URLs). */
  normalizeScope(scope: string): string;
  /** What the resource picker can browse in this provider's accounts; absent = nothing. */
  resources?: ResourceProvider;
}

/** A provider users connect through an OAuth 2.0 authorization-code flow with PKCE. */
export interface OAuthProvider extends ProviderBase {
  authType: "OAUTH2";
  /** The `iss` a callback may carry (RFC 9207); compared by simple string equality. */
  issuer: string;
  /** Scopes every authorization asks for on top of the caller's (Google: `openid email`). */
  baseScopes: string[];
  /**
   * True when the provider adds previously granted scopes to a new authorization by itself (Google's
   * `include_granted_scopes`): an incremental authorization then asks only for what is missing.
   * False: the new token carries only what was asked, so the gateway asks for the union.
   */
  includesGrantedScopes: boolean;
  buildAuthorizationUrl(params: {
    redirectUri: string;
    state: string;
    codeChallenge: string;
    scopes: string[];
  }): URL;
  /** Validates the callback parameters (error, iss) and exchanges the code. */
  exchangeCode(params: { callback: URLSearchParams; state: string; redirectUri: string; codeVerifier: string }): Promise<TokenSet>;
  /**
   * True when every refresh rotates the refresh token and the used one dies at once (GitHub Apps):
   * such a refresh is sent once, with its own deadline, and never replayed.
   */
  rotatesRefreshTokens: boolean;
  /** `timeoutMs`: this request's own deadline (default: the upstream timeout). */
  refreshAccessToken(refreshToken: string, options?: { timeoutMs?: number }): Promise<TokenSet>;
  fetchIdentity(accessToken: string): Promise<AccountIdentity>;
  revoke(tokens: { accessToken: string; refreshToken?: string }): Promise<RevocationOutcome>;
}

/** A provider users connect by pasting a key. */
export interface ApiKeyProvider extends ProviderBase {
  authType: "API_KEY";
  /** Checks the key upstream; throws an UpstreamError when the provider rejects it. */
  verifyKey(key: string): Promise<AccountIdentity & { scopes: string[] }>;
  revoke(tokens: { accessToken: string }): Promise<RevocationOutcome>;
}

export type Provider = OAuthProvider | ApiKeyProvider;

/** What each provider module exports: a factory that is null when the provider is not configured. */
export interface ProviderModule<C> {
  id: ProviderId;
  displayName: string;
  authType: Provider["authType"];
  /** Scope semantics; static, so they hold whether or not the provider is configured. */
  scopes: ScopeHierarchy;
  /** The resource types its `resources` browse (the created provider's specs must match). */
  resourceTypes?: ResourceTypeInfo[];
  create(config: C, http: HttpDeps): Provider;
}

// ─── Resources: what a connected account contains, as trees the picker walks ───────────────────

/** A resource type as the GraphQL `ResourceType` enum names it (GOOGLE_DRIVE_FILE, GITHUB_REPO, …). */
export type ResourceType = string;

/**
 * What the schema shows of a resource type, declared statically by the provider module that owns
 * it (the schema is built before any provider is configured): the `ResourceType` enum value and
 * the GraphQL object type implementing `Resource`, with its provider fields (read from
 * `ResourceItem.attributes`).
 */
export interface ResourceTypeInfo {
  type: ResourceType;
  typename: string;
  description: string;
  fields: { name: string; type: "String" | "Int" | "Float" | "Boolean"; nullable: boolean; description?: string }[];
}

/** What a resource is, across providers (a Drive folder and a GitHub directory are both FOLDER). */
export const RESOURCE_KINDS = ["FOLDER", "FILE", "SPREADSHEET", "SHEET", "LABEL", "REPOSITORY", "BRANCH", "DATABASE", "TABLE"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface ResourceRef {
  type: ResourceType;
  /** The upstream's id, in the form tools receive (Drive file id, `owner/repo@branch:path`, …). */
  id: string;
}

/** One resource as a provider reports it. */
export interface ResourceItem extends ResourceRef {
  name: string;
  kind: ResourceKind;
  mimeType: string | null;
  webUrl: string | null;
  iconUrl: string | null;
  modifiedAt: Date | null;
  hasChildren: boolean;
  /** The parent in the picker's tree; null at a root. */
  parent: ResourceRef | null;
  /** Provider fields of the typed GraphQL implementation (flat JSON values). */
  attributes: Record<string, string | number | boolean | null>;
}

export interface ResourceFilter {
  /** Only leaves with one of these MIME types; containers stay listed so the tree can be walked. */
  mimeTypes?: string[];
  /** Only these kinds. */
  kinds?: ResourceKind[];
}

export interface ResourceListQuery {
  /** What the picker is after: decides which children are listed (containers leading to it too). */
  type: ResourceType;
  /** The parent's upstream id; null = the root of `type`'s tree. */
  parentId: string | null;
  /** The parent's type when the caller knows it (children of a listed node); null: infer from the id. */
  parentType: ResourceType | null;
  filter: ResourceFilter;
  /** A name search (user input: providers escape it). */
  search: string | null;
  /** 1–100. */
  first: number;
  /** The provider's own paging state from a previous page (opaque to everyone else); null = first page. */
  after: string | null;
}

export interface ResourcePage {
  /** Each item with the paging state that resumes right after it (null: nothing follows it). */
  items: { item: ResourceItem; after: string | null }[];
  hasNextPage: boolean;
  /**
   * Where the next page starts when that is not right after the last item (items skipped by a
   * filter, a page that came back empty): becomes `endCursor`, even for a page without items.
   */
  resume?: string | null;
}

/**
 * Upstream HTTP for resource calls, bound to one connection: adds its bearer token (refreshing once
 * on 401), deduplicates identical GETs within one GraphQL request and, when `conditional` is set,
 * revalidates with the connection's ETag cache (a 304 answers with the cached body).
 */
export interface ResourceHttp {
  get<T>(url: string, options?: { headers?: Record<string, string>; conditional?: boolean }): Promise<UpstreamResponse<T>>;
  post<T>(url: string, body: unknown, options?: { headers?: Record<string, string> }): Promise<UpstreamResponse<T>>;
}

/** What a provider recognizes in its own error bodies; the mapping to client codes lives in one place. */
export type UpstreamErrorClass =
  | { kind: "insufficient_scope"; scopes?: string[] }
  | { kind: "rate_limited"; retryAfter?: number }
  | { kind: "not_found" }
  | { kind: "bad_request"; message: string };

export interface ResourceTypeSpec {
  type: ResourceType;
  /** Scopes to ask for when the upstream says the grant is too narrow (canonical form). */
  scopes: string[];
  list(http: ResourceHttp, query: ResourceListQuery): Promise<ResourcePage>;
  /**
   * One resource by upstream id. The answer may be a container of this type's tree (a folder for
   * GOOGLE_DRIVE_FILE); anything else is NOT_FOUND. Throws an UpstreamError (404) when missing.
   */
  get(http: ResourceHttp, id: string): Promise<ResourceItem>;
  /**
   * What to browse for when listing this type's own children outside a wider browse (a repository
   * opened while browsing for repositories shows its branches); default: this type.
   */
  childType?: ResourceType;
  /**
   * Binding a resource of this type for tools: fetch what tools will need besides the resource
   * itself (Supabase: the project's URL and keys). `secrets` (by tool credential kind, e.g.
   * SUPABASE_SECRET_KEY) are stored encrypted.
   */
  bind?(http: ResourceHttp, item: ResourceItem): Promise<{ secrets?: Record<string, string>; metadata?: Record<string, unknown> }>;
  /** Root first; default: follow `parent` through `load`. Override when ids already say it. */
  ancestors?(http: ResourceHttp, item: ResourceItem, load: (ref: ResourceRef) => Promise<ResourceItem>): Promise<ResourceItem[]>;
}

export interface ResourceProvider {
  types: ResourceTypeSpec[];
  /** Recognizes scope, rate-limit and not-found answers in the provider's own error bodies. */
  classifyError(error: UpstreamError): UpstreamErrorClass | null;
}
