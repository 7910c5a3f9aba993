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
    "\n  query Connections($provider: IntegrationProvider) {\n    connections(provider: $provider) { id provider authType accountId accountLabel scopes status statusReason expiresAt createdAt updatedAt }\n  }\n": typeof types.ConnectionsDocument,
    "\n  query Tools($provider: IntegrationProvider) {\n    tools(provider: $provider) { name provider requiredScopes }\n  }\n": typeof types.ToolsDocument,
    "\n  query Tool($name: String!) {\n    tool(name: $name) {\n      name provider description requiredScopes inputSchema\n      parameters { name type description required itemsType allowedValues defaultValue picker { resourceType filter dependsOn valueField spec } }\n    }\n  }\n": typeof types.ToolDocument,
    "\n  query RequiredScopes($provider: IntegrationProvider!, $tools: [String!]!) {\n    requiredScopes(provider: $provider, tools: $tools)\n  }\n": typeof types.RequiredScopesDocument,
    "\n  query ConnectionTools($id: ID!, $tools: [String!]!) {\n    connection(id: $id) { id status scopes missingScopes(tools: $tools) canUse(tools: $tools) }\n  }\n": typeof types.ConnectionToolsDocument,
    "\n  query ResolveCredential($userId: ID!, $connectionId: ID!, $tool: String!, $returnTo: String) {\n    resolveCredential(userId: $userId, connectionId: $connectionId, tool: $tool, returnTo: $returnTo) {\n      connectionId provider accountId accessToken tokenType expiresAt scopes\n    }\n  }\n": typeof types.ResolveCredentialDocument,
    "\n  mutation StartOAuth($input: StartOAuthInput!) {\n    startOAuth(input: $input) { authorizationUrl provider scopes }\n  }\n": typeof types.StartOAuthDocument,
};
const documents: Documents = {
    "\n  query Connections($provider: IntegrationProvider) {\n    connections(provider: $provider) { id provider authType accountId accountLabel scopes status statusReason expiresAt createdAt updatedAt }\n  }\n": types.ConnectionsDocument,
    "\n  query Tools($provider: IntegrationProvider) {\n    tools(provider: $provider) { name provider requiredScopes }\n  }\n": types.ToolsDocument,
    "\n  query Tool($name: String!) {\n    tool(name: $name) {\n      name provider description requiredScopes inputSchema\n      parameters { name type description required itemsType allowedValues defaultValue picker { resourceType filter dependsOn valueField spec } }\n    }\n  }\n": types.ToolDocument,
    "\n  query RequiredScopes($provider: IntegrationProvider!, $tools: [String!]!) {\n    requiredScopes(provider: $provider, tools: $tools)\n  }\n": types.RequiredScopesDocument,
    "\n  query ConnectionTools($id: ID!, $tools: [String!]!) {\n    connection(id: $id) { id status scopes missingScopes(tools: $tools) canUse(tools: $tools) }\n  }\n": types.ConnectionToolsDocument,
    "\n  query ResolveCredential($userId: ID!, $connectionId: ID!, $tool: String!, $returnTo: String) {\n    resolveCredential(userId: $userId, connectionId: $connectionId, tool: $tool, returnTo: $returnTo) {\n      connectionId provider accountId accessToken tokenType expiresAt scopes\n    }\n  }\n": types.ResolveCredentialDocument,
    "\n  mutation StartOAuth($input: StartOAuthInput!) {\n    startOAuth(input: $input) { authorizationUrl provider scopes }\n  }\n": types.StartOAuthDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Connections($provider: IntegrationProvider) {\n    connections(provider: $provider) { id provider authType accountId accountLabel scopes status statusReason expiresAt createdAt updatedAt }\n  }\n"): typeof import('./graphql.js').ConnectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tools($provider: IntegrationProvider) {\n    tools(provider: $provider) { name provider requiredScopes }\n  }\n"): typeof import('./graphql.js').ToolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tool($name: String!) {\n    tool(name: $name) {\n      name provider description requiredScopes inputSchema\n      parameters { name type description required itemsType allowedValues defaultValue picker { resourceType filter dependsOn valueField spec } }\n    }\n  }\n"): typeof import('./graphql.js').ToolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequiredScopes($provider: IntegrationProvider!, $tools: [String!]!) {\n    requiredScopes(provider: $provider, tools: $tools)\n  }\n"): typeof import('./graphql.js').RequiredScopesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionTools($id: ID!, $tools: [String!]!) {\n    connection(id: $id) { id status scopes missingScopes(tools: $tools) canUse(tools: $tools) }\n  }\n"): typeof import('./graphql.js').ConnectionToolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResolveCredential($userId: ID!, $connectionId: ID!, $tool: String!, $returnTo: String) {\n    resolveCredential(userId: $userId, connectionId: $connectionId, tool: $tool, returnTo: $returnTo) {\n      connectionId provider accountId accessToken tokenType expiresAt scopes\n    }\n  }\n"): typeof import('./graphql.js').ResolveCredentialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartOAuth($input: StartOAuthInput!) {\n    startOAuth(input: $input) { authorizationUrl provider scopes }\n  }\n"): typeof import('./graphql.js').StartOAuthDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
