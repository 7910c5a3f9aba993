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
    "\n  query ResourceWithTree($connectionId: ID!, $type: ResourceType!, $id: ID!) {\n    resource(connectionId: $connectionId, type: $type, id: $id) {\n      id resourceId name type parentId\n      parent { resourceId name }\n      ancestors { resourceId name type }\n      connection { id }\n    }\n  }\n": typeof types.ResourceWithTreeDocument,
    "\n  query Children($connectionId: ID!, $type: ResourceType!, $id: ID!, $first: Int, $after: String) {\n    resource(connectionId: $connectionId, type: $type, id: $id) {\n      resourceId hasChildren\n      children(first: $first, after: $after) { edges { node { resourceId name type kind parentId hasChildren } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": typeof types.ChildrenDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on Resource { resourceId name type } }\n  }\n": typeof types.NodeByIdDocument,
    "\n    query PickerStep($connectionId: ID!, $a: ID!, $b: ID!) {\n      a: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $a) { name parent { name } ancestors { name } }\n      b: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $b) { name parent { name parent { name } } ancestors { name } }\n      again: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $a) { name }\n    }\n  ": typeof types.PickerStepDocument,
    "query ProviderResourceTypes { integrationProviders { id resourceTypes } }": typeof types.ProviderResourceTypesDocument,
    "\n  query ConnectionStatus($id: ID!) { connection(id: $id) { status statusReason } }\n": typeof types.ConnectionStatusDocument,
    "\n  query OneResource($connectionId: ID!, $type: ResourceType!, $id: ID!) {\n    resource(connectionId: $connectionId, type: $type, id: $id) { resourceId name }\n  }\n": typeof types.OneResourceDocument,
    "\n  query GithubTree($connectionId: ID!, $type: ResourceType!, $id: ID!) {\n    resource(connectionId: $connectionId, type: $type, id: $id) {\n      id resourceId name type kind parentId\n      parent { resourceId }\n      ancestors { resourceId name type kind }\n      ... on GithubFile { repository ref path entryType sha size }\n      ... on GithubBranch { repository commitSha protected }\n      ... on GithubRepository { fullName owner private defaultBranch visibility }\n    }\n  }\n": typeof types.GithubTreeDocument,
    "\n  query GithubNode($id: ID!) { node(id: $id) { id ... on Resource { resourceId name } } }\n": typeof types.GithubNodeDocument,
    "\n  query SupabaseTable($connectionId: ID!, $id: ID!) {\n    resource(connectionId: $connectionId, type: SUPABASE_TABLE, id: $id) {\n      id resourceId name parentId\n      parent { resourceId name }\n      ancestors { resourceId name }\n      ... on SupabaseTable { projectRef schema table qualifiedName }\n    }\n  }\n": typeof types.SupabaseTableDocument,
    "\n  query SupabaseProjects($connectionId: ID!) {\n    resources(connectionId: $connectionId, type: SUPABASE_DATABASE) {\n      edges { node { resourceId name hasChildren ... on SupabaseDatabase { ref status host region organizationSlug } } }\n    }\n  }\n": typeof types.SupabaseProjectsDocument,
    "\n  mutation StartOAuth($input: StartOAuthInput!) {\n    startOAuth(input: $input) { authorizationUrl provider scopes }\n  }\n": typeof types.StartOAuthDocument,
    "\n  query Resources($connectionId: ID!, $type: ResourceType!, $parentId: ID, $filter: ResourceFilter, $search: String, $first: Int, $after: String) {\n    resources(connectionId: $connectionId, type: $type, parentId: $parentId, filter: $filter, search: $search, first: $first, after: $after) {\n      edges { cursor node { id resourceId name type kind mimeType hasChildren parentId webUrl modifiedAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ResourcesDocument,
    "\n  mutation ConnectSupabaseForResources($input: ConnectSupabaseInput!) {\n    connectSupabase(input: $input) { connection { id } }\n  }\n": typeof types.ConnectSupabaseForResourcesDocument,
};
const documents: Documents = {
    "\n  query Connections($provider: IntegrationProvider) {\n    connections(provider: $provider) { id provider authType accountId accountLabel scopes status statusReason expiresAt createdAt updatedAt }\n  }\n": types.ConnectionsDocument,
    "\n  query ResourceWithTree($connectionId: ID!, $type: ResourceType!, $id: ID!) {\n    resource(connectionId: $connectionId, type: $type, id: $id) {\n      id resourceId name type parentId\n      parent { resourceId name }\n      ancestors { resourceId name type }\n      connection { id }\n    }\n  }\n": types.ResourceWithTreeDocument,
    "\n  query Children($connectionId: ID!, $type: ResourceType!, $id: ID!, $first: Int, $after: String) {\n    resource(connectionId: $connectionId, type: $type, id: $id) {\n      resourceId hasChildren\n      children(first: $first, after: $after) { edges { node { resourceId name type kind parentId hasChildren } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": types.ChildrenDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on Resource { resourceId name type } }\n  }\n": types.NodeByIdDocument,
    "\n    query PickerStep($connectionId: ID!, $a: ID!, $b: ID!) {\n      a: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $a) { name parent { name } ancestors { name } }\n      b: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $b) { name parent { name parent { name } } ancestors { name } }\n      again: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $a) { name }\n    }\n  ": types.PickerStepDocument,
    "query ProviderResourceTypes { integrationProviders { id resourceTypes } }": types.ProviderResourceTypesDocument,
    "\n  query ConnectionStatus($id: ID!) { connection(id: $id) { status statusReason } }\n": types.ConnectionStatusDocument,
    "\n  query OneResource($connectionId: ID!, $type: ResourceType!, $id: ID!) {\n    resource(connectionId: $connectionId, type: $type, id: $id) { resourceId name }\n  }\n": types.OneResourceDocument,
    "\n  query GithubTree($connectionId: ID!, $type: ResourceType!, $id: ID!) {\n    resource(connectionId: $connectionId, type: $type, id: $id) {\n      id resourceId name type kind parentId\n      parent { resourceId }\n      ancestors { resourceId name type kind }\n      ... on GithubFile { repository ref path entryType sha size }\n      ... on GithubBranch { repository commitSha protected }\n      ... on GithubRepository { fullName owner private defaultBranch visibility }\n    }\n  }\n": types.GithubTreeDocument,
    "\n  query GithubNode($id: ID!) { node(id: $id) { id ... on Resource { resourceId name } } }\n": types.GithubNodeDocument,
    "\n  query SupabaseTable($connectionId: ID!, $id: ID!) {\n    resource(connectionId: $connectionId, type: SUPABASE_TABLE, id: $id) {\n      id resourceId name parentId\n      parent { resourceId name }\n      ancestors { resourceId name }\n      ... on SupabaseTable { projectRef schema table qualifiedName }\n    }\n  }\n": types.SupabaseTableDocument,
    "\n  query SupabaseProjects($connectionId: ID!) {\n    resources(connectionId: $connectionId, type: SUPABASE_DATABASE) {\n      edges { node { resourceId name hasChildren ... on SupabaseDatabase { ref status host region organizationSlug } } }\n    }\n  }\n": types.SupabaseProjectsDocument,
    "\n  mutation StartOAuth($input: StartOAuthInput!) {\n    startOAuth(input: $input) { authorizationUrl provider scopes }\n  }\n": types.StartOAuthDocument,
    "\n  query Resources($connectionId: ID!, $type: ResourceType!, $parentId: ID, $filter: ResourceFilter, $search: String, $first: Int, $after: String) {\n    resources(connectionId: $connectionId, type: $type, parentId: $parentId, filter: $filter, search: $search, first: $first, after: $after) {\n      edges { cursor node { id resourceId name type kind mimeType hasChildren parentId webUrl modifiedAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ResourcesDocument,
    "\n  mutation ConnectSupabaseForResources($input: ConnectSupabaseInput!) {\n    connectSupabase(input: $input) { connection { id } }\n  }\n": types.ConnectSupabaseForResourcesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Connections($provider: IntegrationProvider) {\n    connections(provider: $provider) { id provider authType accountId accountLabel scopes status statusReason expiresAt createdAt updatedAt }\n  }\n"): typeof import('./graphql.js').ConnectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceWithTree($connectionId: ID!, $type: ResourceType!, $id: ID!) {\n    resource(connectionId: $connectionId, type: $type, id: $id) {\n      id resourceId name type parentId\n      parent { resourceId name }\n      ancestors { resourceId name type }\n      connection { id }\n    }\n  }\n"): typeof import('./graphql.js').ResourceWithTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Children($connectionId: ID!, $type: ResourceType!, $id: ID!, $first: Int, $after: String) {\n    resource(connectionId: $connectionId, type: $type, id: $id) {\n      resourceId hasChildren\n      children(first: $first, after: $after) { edges { node { resourceId name type kind parentId hasChildren } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n"): typeof import('./graphql.js').ChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on Resource { resourceId name type } }\n  }\n"): typeof import('./graphql.js').NodeByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PickerStep($connectionId: ID!, $a: ID!, $b: ID!) {\n      a: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $a) { name parent { name } ancestors { name } }\n      b: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $b) { name parent { name parent { name } } ancestors { name } }\n      again: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $a) { name }\n    }\n  "): typeof import('./graphql.js').PickerStepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProviderResourceTypes { integrationProviders { id resourceTypes } }"): typeof import('./graphql.js').ProviderResourceTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionStatus($id: ID!) { connection(id: $id) { status statusReason } }\n"): typeof import('./graphql.js').ConnectionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneResource($connectionId: ID!, $type: ResourceType!, $id: ID!) {\n    resource(connectionId: $connectionId, type: $type, id: $id) { resourceId name }\n  }\n"): typeof import('./graphql.js').OneResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GithubTree($connectionId: ID!, $type: ResourceType!, $id: ID!) {\n    resource(connectionId: $connectionId, type: $type, id: $id) {\n      id resourceId name type kind parentId\n      parent { resourceId }\n      ancestors { resourceId name type kind }\n      ... on GithubFile { repository ref path entryType sha size }\n      ... on GithubBranch { repository commitSha protected }\n      ... on GithubRepository { fullName owner private defaultBranch visibility }\n    }\n  }\n"): typeof import('./graphql.js').GithubTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GithubNode($id: ID!) { node(id: $id) { id ... on Resource { resourceId name } } }\n"): typeof import('./graphql.js').GithubNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupabaseTable($connectionId: ID!, $id: ID!) {\n    resource(connectionId: $connectionId, type: SUPABASE_TABLE, id: $id) {\n      id resourceId name parentId\n      parent { resourceId name }\n      ancestors { resourceId name }\n      ... on SupabaseTable { projectRef schema table qualifiedName }\n    }\n  }\n"): typeof import('./graphql.js').SupabaseTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupabaseProjects($connectionId: ID!) {\n    resources(connectionId: $connectionId, type: SUPABASE_DATABASE) {\n      edges { node { resourceId name hasChildren ... on SupabaseDatabase { ref status host region organizationSlug } } }\n    }\n  }\n"): typeof import('./graphql.js').SupabaseProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartOAuth($input: StartOAuthInput!) {\n    startOAuth(input: $input) { authorizationUrl provider scopes }\n  }\n"): typeof import('./graphql.js').StartOAuthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Resources($connectionId: ID!, $type: ResourceType!, $parentId: ID, $filter: ResourceFilter, $search: String, $first: Int, $after: String) {\n    resources(connectionId: $connectionId, type: $type, parentId: $parentId, filter: $filter, search: $search, first: $first, after: $after) {\n      edges { cursor node { id resourceId name type kind mimeType hasChildren parentId webUrl modifiedAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql.js').ResourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectSupabaseForResources($input: ConnectSupabaseInput!) {\n    connectSupabase(input: $input) { connection { id } }\n  }\n"): typeof import('./graphql.js').ConnectSupabaseForResourcesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
