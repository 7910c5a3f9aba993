/**
 * Every operation the page sends, typed by codegen (`npm run codegen` after editing one).
 * A frontend can copy these as they are.
 */
import { graphql } from "../gql/index.js";

export const PageData = graphql(`
  query PageData {
    viewer { id }
    integrationProviders { id displayName authType configured }
    connections { id provider authType accountLabel scopes status statusReason createdAt }
  }
`);

export const PageStartOAuth = graphql(`
  mutation PageStartOAuth($input: StartOAuthInput!) {
    startOAuth(input: $input) { authorizationUrl scopes }
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
