/**
 * Every operation the page sends, typed by codegen (`npm run codegen` after editing one).
 * A frontend can copy these as they are.
 */
import { graphql } from "../gql/index.js";

export const PageData = graphql(`
  query PageData {
    viewer { id userId }
    integrationProviders { id displayName authType configured resourceTypes }
    connections { id provider authType accountLabel scopes status statusReason createdAt }
  }
`);

export const PageStartOAuth = graphql(`
  mutation PageStartOAuth($input: StartOAuthInput!) {
    startOAuth(input: $input) { authorizationUrl provider scopes }
  }
`);

/** After the OAuth redirect: attaches the account to the signed-in user (who must be the one who started). */
export const PageCompleteOAuth = graphql(`
  mutation PageCompleteOAuth($code: String!) {
    completeOAuth(code: $code) { provider accountChanged connection { id accountLabel } }
  }
`);

export const PageConnectSupabase = graphql(`
  mutation PageConnectSupabase($input: ConnectSupabaseInput!) {
    connectSupabase(input: $input) { connection { id accountLabel } }
  }
`);

export const PageDisconnect = graphql(`
  mutation PageDisconnect($connectionId: ID!) {
    disconnect(connectionId: $connectionId) { provider revoked revocationError }
  }
`);

/* ---- The resource picker (picker.ts) ---------------------------------------------------------- */

/** What the picker shows of a resource, and what a parameter can receive (resourceId, name, path). */
export const PickerItem = graphql(`
  fragment PickerItem on Resource {
    id resourceId name type kind mimeType hasChildren
    ... on GoogleDriveFolder { virtual }
    ... on GithubFile { path }
  }
`);

/** The top of a tree (or, for a parameter that depends on another, the inside of what was picked for it). */
export const PickerList = graphql(`
  query PickerList($connectionId: ID!, $type: ResourceType!, $parentId: ID, $filter: ResourceFilter, $search: String, $first: Int, $after: String) {
    resources(connectionId: $connectionId, type: $type, parentId: $parentId, filter: $filter, search: $search, first: $first, after: $after) {
      edges { node { ...PickerItem } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** Opens an item: its breadcrumbs (ancestors) and one page of its children, in one request. */
export const PickerOpen = graphql(`
  query PickerOpen($id: ID!, $filter: ResourceFilter, $search: String, $first: Int, $after: String) {
    node(id: $id) {
      ... on Resource {
        ...PickerItem
        ancestors { id resourceId name }
        children(filter: $filter, search: $search, first: $first, after: $after) {
          edges { node { ...PickerItem } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
`);

/** The tool catalog: a parameter's picker says what to browse (type, filter, dependsOn) and what it receives (valueField). */
export const PickerTools = graphql(`
  query PickerTools {
    tools {
      name description provider
      parameters { name description required picker { type filter { mimeTypes } dependsOn valueField } }
    }
  }
`);

/** Before browsing for a tool: does the connection hold what the tool needs? */
export const PickerMissingScopes = graphql(`
  query PickerMissingScopes($connectionId: ID!, $tools: [String!]!) {
    connection(id: $connectionId) { id missingScopes(tools: $tools) }
  }
`);
