/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PageData {\n    viewer { id }\n    integrationProviders { id displayName authType configured }\n    connections { id provider authType accountLabel scopes status statusReason createdAt }\n  }\n": typeof types.PageDataDocument,
    "\n  mutation PageStartOAuth($input: StartOAuthInput!) {\n    startOAuth(input: $input) { authorizationUrl scopes }\n  }\n": typeof types.PageStartOAuthDocument,
    "\n  mutation PageConnectSupabase($input: ConnectSupabaseInput!) {\n    connectSupabase(input: $input) { connection { id accountLabel } }\n  }\n": typeof types.PageConnectSupabaseDocument,
    "\n  mutation PageDisconnect($connectionId: ID!) {\n    disconnect(connectionId: $connectionId) { provider revoked revocationError }\n  }\n": typeof types.PageDisconnectDocument,
    "\n  query WhoAmI { viewer { id } }\n": typeof types.WhoAmIDocument,
    "\n  mutation ConnectSupabaseKey($input: ConnectSupabaseInput!) {\n    connectSupabase(input: $input) { connection { id accountLabel } }\n  }\n": typeof types.ConnectSupabaseKeyDocument,
    "\n  query Connections($provider: IntegrationProvider) {\n    connections(provider: $provider) { id provider authType accountId accountLabel scopes status statusReason expiresAt createdAt updatedAt }\n  }\n": typeof types.ConnectionsDocument,
    "\n  mutation StartOAuth($input: StartOAuthInput!) {\n    startOAuth(input: $input) { authorizationUrl provider scopes }\n  }\n": typeof types.StartOAuthDocument,
};
const documents: Documents = {
    "\n  query PageData {\n    viewer { id }\n    integrationProviders { id displayName authType configured }\n    connections { id provider authType accountLabel scopes status statusReason createdAt }\n  }\n": types.PageDataDocument,
    "\n  mutation PageStartOAuth($input: StartOAuthInput!) {\n    startOAuth(input: $input) { authorizationUrl scopes }\n  }\n": types.PageStartOAuthDocument,
    "\n  mutation PageConnectSupabase($input: ConnectSupabaseInput!) {\n    connectSupabase(input: $input) { connection { id accountLabel } }\n  }\n": types.PageConnectSupabaseDocument,
    "\n  mutation PageDisconnect($connectionId: ID!) {\n    disconnect(connectionId: $connectionId) { provider revoked revocationError }\n  }\n": types.PageDisconnectDocument,
    "\n  query WhoAmI { viewer { id } }\n": types.WhoAmIDocument,
    "\n  mutation ConnectSupabaseKey($input: ConnectSupabaseInput!) {\n    connectSupabase(input: $input) { connection { id accountLabel } }\n  }\n": types.ConnectSupabaseKeyDocument,
    "\n  query Connections($provider: IntegrationProvider) {\n    connections(provider: $provider) { id provider authType accountId accountLabel scopes status statusReason expiresAt createdAt updatedAt }\n  }\n": types.ConnectionsDocument,
    "\n  mutation StartOAuth($input: StartOAuthInput!) {\n    startOAuth(input: $input) { authorizationUrl provider scopes }\n  }\n": types.StartOAuthDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageData {\n    viewer { id }\n    integrationProviders { id displayName authType configured }\n    connections { id provider authType accountLabel scopes status statusReason createdAt }\n  }\n"): typeof import('./graphql.js').PageDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PageStartOAuth($input: StartOAuthInput!) {\n    startOAuth(input: $input) { authorizationUrl scopes }\n  }\n"): typeof import('./graphql.js').PageStartOAuthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PageConnectSupabase($input: ConnectSupabaseInput!) {\n    connectSupabase(input: $input) { connection { id accountLabel } }\n  }\n"): typeof import('./graphql.js').PageConnectSupabaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PageDisconnect($connectionId: ID!) {\n    disconnect(connectionId: $connectionId) { provider revoked revocationError }\n  }\n"): typeof import('./graphql.js').PageDisconnectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoAmI { viewer { id } }\n"): typeof import('./graphql.js').WhoAmIDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectSupabaseKey($input: ConnectSupabaseInput!) {\n    connectSupabase(input: $input) { connection { id accountLabel } }\n  }\n"): typeof import('./graphql.js').ConnectSupabaseKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Connections($provider: IntegrationProvider) {\n    connections(provider: $provider) { id provider authType accountId accountLabel scopes status statusReason expiresAt createdAt updatedAt }\n  }\n"): typeof import('./graphql.js').ConnectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartOAuth($input: StartOAuthInput!) {\n    startOAuth(input: $input) { authorizationUrl provider scopes }\n  }\n"): typeof import('./graphql.js').StartOAuthDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
