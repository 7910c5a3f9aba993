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
    "\n  query PageData {\n    viewer { id userId }\n    integrationProviders { id displayName authType configured resourceTypes }\n    connections { id provider authType accountLabel scopes status statusReason createdAt }\n  }\n": typeof types.PageDataDocument,
    "\n  mutation PageStartOAuth($input: StartOAuthInput!) {\n    startOAuth(input: $input) { authorizationUrl provider scopes }\n  }\n": typeof types.PageStartOAuthDocument,
    "\n  mutation PageCompleteOAuth($code: String!) {\n    completeOAuth(code: $code) { provider accountChanged connection { id accountLabel } }\n  }\n": typeof types.PageCompleteOAuthDocument,
    "\n  mutation PageConnectSupabase($input: ConnectSupabaseInput!) {\n    connectSupabase(input: $input) { connection { id accountLabel } }\n  }\n": typeof types.PageConnectSupabaseDocument,
    "\n  mutation PageDisconnect($connectionId: ID!) {\n    disconnect(connectionId: $connectionId) { provider revoked revocationError }\n  }\n": typeof types.PageDisconnectDocument,
    "\n  fragment PickerItem on Resource {\n    id resourceId name type kind mimeType hasChildren\n    ... on GoogleDriveFolder { virtual }\n    ... on GithubFile { path }\n  }\n": typeof types.PickerItemFragmentDoc,
    "\n  query PickerList($connectionId: ID!, $type: ResourceType!, $parentId: ID, $filter: ResourceFilter, $search: String, $first: Int, $after: String) {\n    resources(connectionId: $connectionId, type: $type, parentId: $parentId, filter: $filter, search: $search, first: $first, after: $after) {\n      edges { node { ...PickerItem } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PickerListDocument,
    "\n  query PickerOpen($id: ID!, $filter: ResourceFilter, $search: String, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Resource {\n        ...PickerItem\n        ancestors { id resourceId name }\n        children(filter: $filter, search: $search, first: $first, after: $after) {\n          edges { node { ...PickerItem } }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n": typeof types.PickerOpenDocument,
    "\n  query PickerTools {\n    tools {\n      name description provider\n      parameters { name description required picker { type filter { mimeTypes } dependsOn valueField } }\n    }\n  }\n": typeof types.PickerToolsDocument,
    "\n  query PickerMissingScopes($connectionId: ID!, $tools: [String!]!) {\n    connection(id: $connectionId) { id missingScopes(tools: $tools) }\n  }\n": typeof types.PickerMissingScopesDocument,
    "query Me { viewer { id userId } }": typeof types.MeDocument,
    "\n  mutation Bind($input: BindResourceInput!) {\n    bindResource(input: $input) { id type resourceId name hasCredential metadata connection { id } resource { resourceId name } }\n  }\n": typeof types.BindDocument,
    "\n  query Bound($connectionId: ID, $type: ResourceType) {\n    boundResources(connectionId: $connectionId, type: $type) { id type resourceId name hasCredential }\n  }\n": typeof types.BoundDocument,
    "\n  mutation Unbind($id: ID!) { unbindResource(id: $id) { unboundResourceId resourceId } }\n": typeof types.UnbindDocument,
    "\n  query CanUseSupabase($id: ID!) { connection(id: $id) { canUse(tools: [\"supabase_table_query\"]) } }\n": typeof types.CanUseSupabaseDocument,
    "\n  query ResolveOnResource($userId: ID!, $connectionId: ID!, $tool: String!, $resourceId: String) {\n    resolveCredential(userId: $userId, connectionId: $connectionId, tool: $tool, resourceId: $resourceId) {\n      accessToken expiresAt scopes boundResourceId resourceId resourceUrl\n    }\n  }\n": typeof types.ResolveOnResourceDocument,
    "mutation DisconnectBound($id: ID!) { disconnect(connectionId: $id) { revoked } }": typeof types.DisconnectBoundDocument,
    "\n  mutation ConnectSupabase($input: ConnectSupabaseInput!) {\n    connectSupabase(input: $input) { connection { id provider authType accountId accountLabel scopes status } }\n  }\n": typeof types.ConnectSupabaseDocument,
    "\n  mutation Disconnect($id: ID!) { disconnect(connectionId: $id) { disconnectedConnectionId provider revoked revocationError } }\n": typeof types.DisconnectDocument,
    "\n  query ConnectionById($id: ID!) { connection(id: $id) { id accountLabel } }\n": typeof types.ConnectionByIdDocument,
    "\n  query NodeById($id: ID!) { node(id: $id) { id ... on IntegrationConnection { accountLabel } } }\n": typeof types.NodeByIdDocument,
    "\n  query ViewerConnections { viewer { id connections { id provider accountLabel } } }\n": typeof types.ViewerConnectionsDocument,
    "\n  query MyConnectionsWhileDown { viewer { userId connections { id } } }\n": typeof types.MyConnectionsWhileDownDocument,
    "\n  query WhoAmI { viewer { id } }\n": typeof types.WhoAmIDocument,
    "\n  mutation ConnectSupabaseKey($input: ConnectSupabaseInput!) {\n    connectSupabase(input: $input) { connection { id accountLabel } }\n  }\n": typeof types.ConnectSupabaseKeyDocument,
    "\n  query IncrementalConnections($provider: IntegrationProvider) {\n    connections(provider: $provider) { id accountId accountLabel scopes status statusReason updatedAt }\n  }\n": typeof types.IncrementalConnectionsDocument,
    "\n  query CompletionConnections { connections { id provider accountId accountLabel scopes status } }\n": typeof types.CompletionConnectionsDocument,
    "\n  query GithubConnections { connections(provider: GITHUB) { id accountId accountLabel scopes status expiresAt authType } }\n": typeof types.GithubConnectionsDocument,
    "\n  query Connections($provider: IntegrationProvider) {\n    connections(provider: $provider) { id provider authType accountId accountLabel scopes status statusReason expiresAt createdAt updatedAt }\n  }\n": typeof types.ConnectionsDocument,
    "query Providers { integrationProviders { id displayName authType configured } }": typeof types.ProvidersDocument,
    "\n  mutation CapsConnectSupabase($input: ConnectSupabaseInput!) { connectSupabase(input: $input) { connection { id } } }\n": typeof types.CapsConnectSupabaseDocument,
    "\n  query ResourceWithTree($connectionId: ID!, $type: ResourceType!, $id: ID!) {\n    resource(connectionId: $connectionId, type: $type, id: $id) {\n      id resourceId name type parentId\n      parent { resourceId name }\n      ancestors { resourceId name type }\n      connection { id }\n    }\n  }\n": typeof types.ResourceWithTreeDocument,
    "\n  query Children($connectionId: ID!, $type: ResourceType!, $id: ID!, $first: Int, $after: String) {\n    resource(connectionId: $connectionId, type: $type, id: $id) {\n      resourceId hasChildren\n      children(first: $first, after: $after) { edges { node { resourceId name type kind parentId hasChildren } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": typeof types.ChildrenDocument,
    "\n  query DriveNodeById($id: ID!) {\n    node(id: $id) { id ... on Resource { resourceId name type } }\n  }\n": typeof types.DriveNodeByIdDocument,
    "\n    query PickerStep($connectionId: ID!, $a: ID!, $b: ID!) {\n      a: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $a) { name parent { name } ancestors { name } }\n      b: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $b) { name parent { name parent { name } } ancestors { name } }\n      again: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $a) { name }\n    }\n  ": typeof types.PickerStepDocument,
    "query ProviderResourceTypes { integrationProviders { id resourceTypes } }": typeof types.ProviderResourceTypesDocument,
    "\n  query ConnectionStatus($id: ID!) { connection(id: $id) { status statusReason } }\n": typeof types.ConnectionStatusDocument,
    "\n  query OneResource($connectionId: ID!, $type: ResourceType!, $id: ID!) {\n    resource(connectionId: $connectionId, type: $type, id: $id) { resourceId name }\n  }\n": typeof types.OneResourceDocument,
    "\n  query GithubTree($connectionId: ID!, $type: ResourceType!, $id: ID!) {\n    resource(connectionId: $connectionId, type: $type, id: $id) {\n      id resourceId name type kind parentId\n      parent { resourceId }\n      ancestors { resourceId name type kind }\n      ... on GithubFile { repository ref path entryType sha size }\n      ... on GithubBranch { repository commitSha protected }\n      ... on GithubRepository { fullName owner private defaultBranch visibility }\n    }\n  }\n": typeof types.GithubTreeDocument,
    "\n  query GithubNode($id: ID!) { node(id: $id) { id ... on Resource { resourceId name } } }\n": typeof types.GithubNodeDocument,
    "\n  query OpenNode($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Resource {\n        id resourceId name type\n        ancestors { id name }\n        children(first: $first, after: $after) { edges { node { id resourceId name type hasChildren } } pageInfo { hasNextPage endCursor } }\n      }\n    }\n  }\n": typeof types.OpenNodeDocument,
    "\n  query SupabaseTable($connectionId: ID!, $id: ID!) {\n    resource(connectionId: $connectionId, type: SUPABASE_TABLE, id: $id) {\n      id resourceId name parentId\n      parent { resourceId name }\n      ancestors { resourceId name }\n      ... on SupabaseTable { projectRef schema table qualifiedName }\n    }\n  }\n": typeof types.SupabaseTableDocument,
    "\n  query SupabaseProjects($connectionId: ID!) {\n    resources(connectionId: $connectionId, type: SUPABASE_DATABASE) {\n      edges { node { resourceId name hasChildren ... on SupabaseDatabase { ref status host region organizationSlug } } }\n    }\n  }\n": typeof types.SupabaseProjectsDocument,
    "\n  query Everything { viewer { id connections { id provider authType accountId accountLabel scopes status statusReason expiresAt createdAt updatedAt } } }\n": typeof types.EverythingDocument,
    "\n  mutation ConnectSupabaseAgain($input: ConnectSupabaseInput!) { connectSupabase(input: $input) { connection { id accountLabel } } }\n": typeof types.ConnectSupabaseAgainDocument,
    "query ServiceAsUser { viewer { userId } }": typeof types.ServiceAsUserDocument,
    "query ConnectionsAsService { connections { id } }": typeof types.ConnectionsAsServiceDocument,
    "\n  mutation StartAsService($input: StartOAuthInput!) { startOAuth(input: $input) { authorizationUrl } }\n": typeof types.StartAsServiceDocument,
    "\n  query LifecycleConnections { connections(provider: GOOGLE) { id status statusReason } }\n": typeof types.LifecycleConnectionsDocument,
    "\n  query SupabaseCatalog { tools(provider: SUPABASE) { name credential } }\n": typeof types.SupabaseCatalogDocument,
    "\n  mutation BindProject($input: BindResourceInput!) { bindResource(input: $input) { id metadata } }\n": typeof types.BindProjectDocument,
    "\n  query ResolveTool($userId: ID!, $connectionId: ID!, $tool: String!, $resourceId: String) {\n    resolveCredential(userId: $userId, connectionId: $connectionId, tool: $tool, resourceId: $resourceId) { credential accessToken resourceId resourceUrl }\n  }\n": typeof types.ResolveToolDocument,
    "\n  query Tools($provider: IntegrationProvider) {\n    tools(provider: $provider) { name provider requiredScopes credential }\n  }\n": typeof types.ToolsDocument,
    "\n  query Tool($name: String!) {\n    tool(name: $name) {\n      name provider description requiredScopes inputSchema\n      parameters { name type description required itemsType allowedValues defaultValue picker { type filter { mimeTypes } dependsOn valueField spec } }\n    }\n  }\n": typeof types.ToolDocument,
    "\n  query RequiredScopes($provider: IntegrationProvider!, $tools: [String!]!) {\n    requiredScopes(provider: $provider, tools: $tools)\n  }\n": typeof types.RequiredScopesDocument,
    "\n  query ConnectionTools($id: ID!, $tools: [String!]!) {\n    connection(id: $id) { id status scopes missingScopes(tools: $tools) canUse(tools: $tools) }\n  }\n": typeof types.ConnectionToolsDocument,
    "\n  query ResolveCredential($userId: ID!, $connectionId: ID!, $tool: String!, $returnTo: String) {\n    resolveCredential(userId: $userId, connectionId: $connectionId, tool: $tool, returnTo: $returnTo) {\n      connectionId provider accountId accessToken tokenType expiresAt scopes\n    }\n  }\n": typeof types.ResolveCredentialDocument,
    "\n  mutation StartOAuth($input: StartOAuthInput!) {\n    startOAuth(input: $input) { authorizationUrl provider scopes }\n  }\n": typeof types.StartOAuthDocument,
    "\n  mutation CompleteOAuth($code: String!) {\n    completeOAuth(code: $code) { accountChanged provider connection { id accountId accountLabel scopes status } }\n  }\n": typeof types.CompleteOAuthDocument,
    "\n  query Resources($connectionId: ID!, $type: ResourceType!, $parentId: ID, $filter: ResourceFilter, $search: String, $first: Int, $after: String) {\n    resources(connectionId: $connectionId, type: $type, parentId: $parentId, filter: $filter, search: $search, first: $first, after: $after) {\n      edges { cursor node { id resourceId name type kind mimeType hasChildren parentId webUrl modifiedAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ResourcesDocument,
    "\n  mutation ConnectSupabaseForResources($input: ConnectSupabaseInput!) {\n    connectSupabase(input: $input) { connection { id } }\n  }\n": typeof types.ConnectSupabaseForResourcesDocument,
};
const documents: Documents = {
    "\n  query PageData {\n    viewer { id userId }\n    integrationProviders { id displayName authType configured resourceTypes }\n    connections { id provider authType accountLabel scopes status statusReason createdAt }\n  }\n": types.PageDataDocument,
    "\n  mutation PageStartOAuth($input: StartOAuthInput!) {\n    startOAuth(input: $input) { authorizationUrl provider scopes }\n  }\n": types.PageStartOAuthDocument,
    "\n  mutation PageCompleteOAuth($code: String!) {\n    completeOAuth(code: $code) { provider accountChanged connection { id accountLabel } }\n  }\n": types.PageCompleteOAuthDocument,
    "\n  mutation PageConnectSupabase($input: ConnectSupabaseInput!) {\n    connectSupabase(input: $input) { connection { id accountLabel } }\n  }\n": types.PageConnectSupabaseDocument,
    "\n  mutation PageDisconnect($connectionId: ID!) {\n    disconnect(connectionId: $connectionId) { provider revoked revocationError }\n  }\n": types.PageDisconnectDocument,
    "\n  fragment PickerItem on Resource {\n    id resourceId name type kind mimeType hasChildren\n    ... on GoogleDriveFolder { virtual }\n    ... on GithubFile { path }\n  }\n": types.PickerItemFragmentDoc,
    "\n  query PickerList($connectionId: ID!, $type: ResourceType!, $parentId: ID, $filter: ResourceFilter, $search: String, $first: Int, $after: String) {\n    resources(connectionId: $connectionId, type: $type, parentId: $parentId, filter: $filter, search: $search, first: $first, after: $after) {\n      edges { node { ...PickerItem } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PickerListDocument,
    "\n  query PickerOpen($id: ID!, $filter: ResourceFilter, $search: String, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Resource {\n        ...PickerItem\n        ancestors { id resourceId name }\n        children(filter: $filter, search: $search, first: $first, after: $after) {\n          edges { node { ...PickerItem } }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n": types.PickerOpenDocument,
    "\n  query PickerTools {\n    tools {\n      name description provider\n      parameters { name description required picker { type filter { mimeTypes } dependsOn valueField } }\n    }\n  }\n": types.PickerToolsDocument,
    "\n  query PickerMissingScopes($connectionId: ID!, $tools: [String!]!) {\n    connection(id: $connectionId) { id missingScopes(tools: $tools) }\n  }\n": types.PickerMissingScopesDocument,
    "query Me { viewer { id userId } }": types.MeDocument,
    "\n  mutation Bind($input: BindResourceInput!) {\n    bindResource(input: $input) { id type resourceId name hasCredential metadata connection { id } resource { resourceId name } }\n  }\n": types.BindDocument,
    "\n  query Bound($connectionId: ID, $type: ResourceType) {\n    boundResources(connectionId: $connectionId, type: $type) { id type resourceId name hasCredential }\n  }\n": types.BoundDocument,
    "\n  mutation Unbind($id: ID!) { unbindResource(id: $id) { unboundResourceId resourceId } }\n": types.UnbindDocument,
    "\n  query CanUseSupabase($id: ID!) { connection(id: $id) { canUse(tools: [\"supabase_table_query\"]) } }\n": types.CanUseSupabaseDocument,
    "\n  query ResolveOnResource($userId: ID!, $connectionId: ID!, $tool: String!, $resourceId: String) {\n    resolveCredential(userId: $userId, connectionId: $connectionId, tool: $tool, resourceId: $resourceId) {\n      accessToken expiresAt scopes boundResourceId resourceId resourceUrl\n    }\n  }\n": types.ResolveOnResourceDocument,
    "mutation DisconnectBound($id: ID!) { disconnect(connectionId: $id) { revoked } }": types.DisconnectBoundDocument,
    "\n  mutation ConnectSupabase($input: ConnectSupabaseInput!) {\n    connectSupabase(input: $input) { connection { id provider authType accountId accountLabel scopes status } }\n  }\n": types.ConnectSupabaseDocument,
    "\n  mutation Disconnect($id: ID!) { disconnect(connectionId: $id) { disconnectedConnectionId provider revoked revocationError } }\n": types.DisconnectDocument,
    "\n  query ConnectionById($id: ID!) { connection(id: $id) { id accountLabel } }\n": types.ConnectionByIdDocument,
    "\n  query NodeById($id: ID!) { node(id: $id) { id ... on IntegrationConnection { accountLabel } } }\n": types.NodeByIdDocument,
    "\n  query ViewerConnections { viewer { id connections { id provider accountLabel } } }\n": types.ViewerConnectionsDocument,
    "\n  query MyConnectionsWhileDown { viewer { userId connections { id } } }\n": types.MyConnectionsWhileDownDocument,
    "\n  query WhoAmI { viewer { id } }\n": types.WhoAmIDocument,
    "\n  mutation ConnectSupabaseKey($input: ConnectSupabaseInput!) {\n    connectSupabase(input: $input) { connection { id accountLabel } }\n  }\n": types.ConnectSupabaseKeyDocument,
    "\n  query IncrementalConnections($provider: IntegrationProvider) {\n    connections(provider: $provider) { id accountId accountLabel scopes status statusReason updatedAt }\n  }\n": types.IncrementalConnectionsDocument,
    "\n  query CompletionConnections { connections { id provider accountId accountLabel scopes status } }\n": types.CompletionConnectionsDocument,
    "\n  query GithubConnections { connections(provider: GITHUB) { id accountId accountLabel scopes status expiresAt authType } }\n": types.GithubConnectionsDocument,
    "\n  query Connections($provider: IntegrationProvider) {\n    connections(provider: $provider) { id provider authType accountId accountLabel scopes status statusReason expiresAt createdAt updatedAt }\n  }\n": types.ConnectionsDocument,
    "query Providers { integrationProviders { id displayName authType configured } }": types.ProvidersDocument,
    "\n  mutation CapsConnectSupabase($input: ConnectSupabaseInput!) { connectSupabase(input: $input) { connection { id } } }\n": types.CapsConnectSupabaseDocument,
    "\n  query ResourceWithTree($connectionId: ID!, $type: ResourceType!, $id: ID!) {\n    resource(connectionId: $connectionId, type: $type, id: $id) {\n      id resourceId name type parentId\n      parent { resourceId name }\n      ancestors { resourceId name type }\n      connection { id }\n    }\n  }\n": types.ResourceWithTreeDocument,
    "\n  query Children($connectionId: ID!, $type: ResourceType!, $id: ID!, $first: Int, $after: String) {\n    resource(connectionId: $connectionId, type: $type, id: $id) {\n      resourceId hasChildren\n      children(first: $first, after: $after) { edges { node { resourceId name type kind parentId hasChildren } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": types.ChildrenDocument,
    "\n  query DriveNodeById($id: ID!) {\n    node(id: $id) { id ... on Resource { resourceId name type } }\n  }\n": types.DriveNodeByIdDocument,
    "\n    query PickerStep($connectionId: ID!, $a: ID!, $b: ID!) {\n      a: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $a) { name parent { name } ancestors { name } }\n      b: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $b) { name parent { name parent { name } } ancestors { name } }\n      again: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $a) { name }\n    }\n  ": types.PickerStepDocument,
    "query ProviderResourceTypes { integrationProviders { id resourceTypes } }": types.ProviderResourceTypesDocument,
    "\n  query ConnectionStatus($id: ID!) { connection(id: $id) { status statusReason } }\n": types.ConnectionStatusDocument,
    "\n  query OneResource($connectionId: ID!, $type: ResourceType!, $id: ID!) {\n    resource(connectionId: $connectionId, type: $type, id: $id) { resourceId name }\n  }\n": types.OneResourceDocument,
    "\n  query GithubTree($connectionId: ID!, $type: ResourceType!, $id: ID!) {\n    resource(connectionId: $connectionId, type: $type, id: $id) {\n      id resourceId name type kind parentId\n      parent { resourceId }\n      ancestors { resourceId name type kind }\n      ... on GithubFile { repository ref path entryType sha size }\n      ... on GithubBranch { repository commitSha protected }\n      ... on GithubRepository { fullName owner private defaultBranch visibility }\n    }\n  }\n": types.GithubTreeDocument,
    "\n  query GithubNode($id: ID!) { node(id: $id) { id ... on Resource { resourceId name } } }\n": types.GithubNodeDocument,
    "\n  query OpenNode($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Resource {\n        id resourceId name type\n        ancestors { id name }\n        children(first: $first, after: $after) { edges { node { id resourceId name type hasChildren } } pageInfo { hasNextPage endCursor } }\n      }\n    }\n  }\n": types.OpenNodeDocument,
    "\n  query SupabaseTable($connectionId: ID!, $id: ID!) {\n    resource(connectionId: $connectionId, type: SUPABASE_TABLE, id: $id) {\n      id resourceId name parentId\n      parent { resourceId name }\n      ancestors { resourceId name }\n      ... on SupabaseTable { projectRef schema table qualifiedName }\n    }\n  }\n": types.SupabaseTableDocument,
    "\n  query SupabaseProjects($connectionId: ID!) {\n    resources(connectionId: $connectionId, type: SUPABASE_DATABASE) {\n      edges { node { resourceId name hasChildren ... on SupabaseDatabase { ref status host region organizationSlug } } }\n    }\n  }\n": types.SupabaseProjectsDocument,
    "\n  query Everything { viewer { id connections { id provider authType accountId accountLabel scopes status statusReason expiresAt createdAt updatedAt } } }\n": types.EverythingDocument,
    "\n  mutation ConnectSupabaseAgain($input: ConnectSupabaseInput!) { connectSupabase(input: $input) { connection { id accountLabel } } }\n": types.ConnectSupabaseAgainDocument,
    "query ServiceAsUser { viewer { userId } }": types.ServiceAsUserDocument,
    "query ConnectionsAsService { connections { id } }": types.ConnectionsAsServiceDocument,
    "\n  mutation StartAsService($input: StartOAuthInput!) { startOAuth(input: $input) { authorizationUrl } }\n": types.StartAsServiceDocument,
    "\n  query LifecycleConnections { connections(provider: GOOGLE) { id status statusReason } }\n": types.LifecycleConnectionsDocument,
    "\n  query SupabaseCatalog { tools(provider: SUPABASE) { name credential } }\n": types.SupabaseCatalogDocument,
    "\n  mutation BindProject($input: BindResourceInput!) { bindResource(input: $input) { id metadata } }\n": types.BindProjectDocument,
    "\n  query ResolveTool($userId: ID!, $connectionId: ID!, $tool: String!, $resourceId: String) {\n    resolveCredential(userId: $userId, connectionId: $connectionId, tool: $tool, resourceId: $resourceId) { credential accessToken resourceId resourceUrl }\n  }\n": types.ResolveToolDocument,
    "\n  query Tools($provider: IntegrationProvider) {\n    tools(provider: $provider) { name provider requiredScopes credential }\n  }\n": types.ToolsDocument,
    "\n  query Tool($name: String!) {\n    tool(name: $name) {\n      name provider description requiredScopes inputSchema\n      parameters { name type description required itemsType allowedValues defaultValue picker { type filter { mimeTypes } dependsOn valueField spec } }\n    }\n  }\n": types.ToolDocument,
    "\n  query RequiredScopes($provider: IntegrationProvider!, $tools: [String!]!) {\n    requiredScopes(provider: $provider, tools: $tools)\n  }\n": types.RequiredScopesDocument,
    "\n  query ConnectionTools($id: ID!, $tools: [String!]!) {\n    connection(id: $id) { id status scopes missingScopes(tools: $tools) canUse(tools: $tools) }\n  }\n": types.ConnectionToolsDocument,
    "\n  query ResolveCredential($userId: ID!, $connectionId: ID!, $tool: String!, $returnTo: String) {\n    resolveCredential(userId: $userId, connectionId: $connectionId, tool: $tool, returnTo: $returnTo) {\n      connectionId provider accountId accessToken tokenType expiresAt scopes\n    }\n  }\n": types.ResolveCredentialDocument,
    "\n  mutation StartOAuth($input: StartOAuthInput!) {\n    startOAuth(input: $input) { authorizationUrl provider scopes }\n  }\n": types.StartOAuthDocument,
    "\n  mutation CompleteOAuth($code: String!) {\n    completeOAuth(code: $code) { accountChanged provider connection { id accountId accountLabel scopes status } }\n  }\n": types.CompleteOAuthDocument,
    "\n  query Resources($connectionId: ID!, $type: ResourceType!, $parentId: ID, $filter: ResourceFilter, $search: String, $first: Int, $after: String) {\n    resources(connectionId: $connectionId, type: $type, parentId: $parentId, filter: $filter, search: $search, first: $first, after: $after) {\n      edges { cursor node { id resourceId name type kind mimeType hasChildren parentId webUrl modifiedAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ResourcesDocument,
    "\n  mutation ConnectSupabaseForResources($input: ConnectSupabaseInput!) {\n    connectSupabase(input: $input) { connection { id } }\n  }\n": types.ConnectSupabaseForResourcesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageData {\n    viewer { id userId }\n    integrationProviders { id displayName authType configured resourceTypes }\n    connections { id provider authType accountLabel scopes status statusReason createdAt }\n  }\n"): typeof import('./graphql.js').PageDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PageStartOAuth($input: StartOAuthInput!) {\n    startOAuth(input: $input) { authorizationUrl provider scopes }\n  }\n"): typeof import('./graphql.js').PageStartOAuthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PageCompleteOAuth($code: String!) {\n    completeOAuth(code: $code) { provider accountChanged connection { id accountLabel } }\n  }\n"): typeof import('./graphql.js').PageCompleteOAuthDocument;
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
export function graphql(source: "\n  fragment PickerItem on Resource {\n    id resourceId name type kind mimeType hasChildren\n    ... on GoogleDriveFolder { virtual }\n    ... on GithubFile { path }\n  }\n"): typeof import('./graphql.js').PickerItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickerList($connectionId: ID!, $type: ResourceType!, $parentId: ID, $filter: ResourceFilter, $search: String, $first: Int, $after: String) {\n    resources(connectionId: $connectionId, type: $type, parentId: $parentId, filter: $filter, search: $search, first: $first, after: $after) {\n      edges { node { ...PickerItem } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql.js').PickerListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickerOpen($id: ID!, $filter: ResourceFilter, $search: String, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Resource {\n        ...PickerItem\n        ancestors { id resourceId name }\n        children(filter: $filter, search: $search, first: $first, after: $after) {\n          edges { node { ...PickerItem } }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PickerOpenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickerTools {\n    tools {\n      name description provider\n      parameters { name description required picker { type filter { mimeTypes } dependsOn valueField } }\n    }\n  }\n"): typeof import('./graphql.js').PickerToolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PickerMissingScopes($connectionId: ID!, $tools: [String!]!) {\n    connection(id: $connectionId) { id missingScopes(tools: $tools) }\n  }\n"): typeof import('./graphql.js').PickerMissingScopesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { viewer { id userId } }"): typeof import('./graphql.js').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Bind($input: BindResourceInput!) {\n    bindResource(input: $input) { id type resourceId name hasCredential metadata connection { id } resource { resourceId name } }\n  }\n"): typeof import('./graphql.js').BindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bound($connectionId: ID, $type: ResourceType) {\n    boundResources(connectionId: $connectionId, type: $type) { id type resourceId name hasCredential }\n  }\n"): typeof import('./graphql.js').BoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unbind($id: ID!) { unbindResource(id: $id) { unboundResourceId resourceId } }\n"): typeof import('./graphql.js').UnbindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanUseSupabase($id: ID!) { connection(id: $id) { canUse(tools: [\"supabase_table_query\"]) } }\n"): typeof import('./graphql.js').CanUseSupabaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResolveOnResource($userId: ID!, $connectionId: ID!, $tool: String!, $resourceId: String) {\n    resolveCredential(userId: $userId, connectionId: $connectionId, tool: $tool, resourceId: $resourceId) {\n      accessToken expiresAt scopes boundResourceId resourceId resourceUrl\n    }\n  }\n"): typeof import('./graphql.js').ResolveOnResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisconnectBound($id: ID!) { disconnect(connectionId: $id) { revoked } }"): typeof import('./graphql.js').DisconnectBoundDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectSupabase($input: ConnectSupabaseInput!) {\n    connectSupabase(input: $input) { connection { id provider authType accountId accountLabel scopes status } }\n  }\n"): typeof import('./graphql.js').ConnectSupabaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Disconnect($id: ID!) { disconnect(connectionId: $id) { disconnectedConnectionId provider revoked revocationError } }\n"): typeof import('./graphql.js').DisconnectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionById($id: ID!) { connection(id: $id) { id accountLabel } }\n"): typeof import('./graphql.js').ConnectionByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeById($id: ID!) { node(id: $id) { id ... on IntegrationConnection { accountLabel } } }\n"): typeof import('./graphql.js').NodeByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerConnections { viewer { id connections { id provider accountLabel } } }\n"): typeof import('./graphql.js').ViewerConnectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConnectionsWhileDown { viewer { userId connections { id } } }\n"): typeof import('./graphql.js').MyConnectionsWhileDownDocument;
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
export function graphql(source: "\n  query IncrementalConnections($provider: IntegrationProvider) {\n    connections(provider: $provider) { id accountId accountLabel scopes status statusReason updatedAt }\n  }\n"): typeof import('./graphql.js').IncrementalConnectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompletionConnections { connections { id provider accountId accountLabel scopes status } }\n"): typeof import('./graphql.js').CompletionConnectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GithubConnections { connections(provider: GITHUB) { id accountId accountLabel scopes status expiresAt authType } }\n"): typeof import('./graphql.js').GithubConnectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Connections($provider: IntegrationProvider) {\n    connections(provider: $provider) { id provider authType accountId accountLabel scopes status statusReason expiresAt createdAt updatedAt }\n  }\n"): typeof import('./graphql.js').ConnectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Providers { integrationProviders { id displayName authType configured } }"): typeof import('./graphql.js').ProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CapsConnectSupabase($input: ConnectSupabaseInput!) { connectSupabase(input: $input) { connection { id } } }\n"): typeof import('./graphql.js').CapsConnectSupabaseDocument;
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
export function graphql(source: "\n  query DriveNodeById($id: ID!) {\n    node(id: $id) { id ... on Resource { resourceId name type } }\n  }\n"): typeof import('./graphql.js').DriveNodeByIdDocument;
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
export function graphql(source: "\n  query OpenNode($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Resource {\n        id resourceId name type\n        ancestors { id name }\n        children(first: $first, after: $after) { edges { node { id resourceId name type hasChildren } } pageInfo { hasNextPage endCursor } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').OpenNodeDocument;
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
export function graphql(source: "\n  query Everything { viewer { id connections { id provider authType accountId accountLabel scopes status statusReason expiresAt createdAt updatedAt } } }\n"): typeof import('./graphql.js').EverythingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectSupabaseAgain($input: ConnectSupabaseInput!) { connectSupabase(input: $input) { connection { id accountLabel } } }\n"): typeof import('./graphql.js').ConnectSupabaseAgainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceAsUser { viewer { userId } }"): typeof import('./graphql.js').ServiceAsUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionsAsService { connections { id } }"): typeof import('./graphql.js').ConnectionsAsServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAsService($input: StartOAuthInput!) { startOAuth(input: $input) { authorizationUrl } }\n"): typeof import('./graphql.js').StartAsServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleConnections { connections(provider: GOOGLE) { id status statusReason } }\n"): typeof import('./graphql.js').LifecycleConnectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupabaseCatalog { tools(provider: SUPABASE) { name credential } }\n"): typeof import('./graphql.js').SupabaseCatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BindProject($input: BindResourceInput!) { bindResource(input: $input) { id metadata } }\n"): typeof import('./graphql.js').BindProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResolveTool($userId: ID!, $connectionId: ID!, $tool: String!, $resourceId: String) {\n    resolveCredential(userId: $userId, connectionId: $connectionId, tool: $tool, resourceId: $resourceId) { credential accessToken resourceId resourceUrl }\n  }\n"): typeof import('./graphql.js').ResolveToolDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tools($provider: IntegrationProvider) {\n    tools(provider: $provider) { name provider requiredScopes credential }\n  }\n"): typeof import('./graphql.js').ToolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tool($name: String!) {\n    tool(name: $name) {\n      name provider description requiredScopes inputSchema\n      parameters { name type description required itemsType allowedValues defaultValue picker { type filter { mimeTypes } dependsOn valueField spec } }\n    }\n  }\n"): typeof import('./graphql.js').ToolDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteOAuth($code: String!) {\n    completeOAuth(code: $code) { accountChanged provider connection { id accountId accountLabel scopes status } }\n  }\n"): typeof import('./graphql.js').CompleteOAuthDocument;
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
