import { createServer } from "node:http";
import { DateTimeResolver } from "graphql-scalars";
import { createSchema, createYoga } from "graphql-yoga";
import { announceReady } from "../lib/child.js";

/**
 * The ceiling for benchmark (2): a bare graphql-yoga server answering the gateway's `connections`
 * query shape (same types, enums and DateTime scalar; five rows) from memory. No auth, no database.
 * Listens on PORT (default: any free port) on 127.0.0.1.
 */
const now = new Date("2026-01-15T10:00:00.000Z");
const rows = [
  ["GOOGLE", "OAUTH2", "ada@example.com", "https://www.googleapis.com/auth/drive.readonly openid"],
  ["GOOGLE", "OAUTH2", "grace@example.com", "https://www.googleapis.com/auth/spreadsheets.readonly openid"],
  ["GITHUB", "OAUTH2", "octocat", "repo"],
  ["GITHUB", "OAUTH2", "hubot", "read:user"],
  ["SUPABASE", "API_KEY", "Supabase (1 project)", ""],
].map(([provider, authType, accountLabel, scopes], i) => ({
  id: Buffer.from(`IntegrationConnection:c${i}0000000000000000000`).toString("base64url"),
  provider,
  authType,
  accountLabel,
  scopes: scopes!.split(" ").filter(Boolean),
  status: "ACTIVE",
  expiresAt: provider === "GOOGLE" ? new Date(now.getTime() + 3600_000) : null,
  createdAt: now,
}));

const schema = createSchema({
  typeDefs: /* GraphQL */ `
    scalar DateTime
    enum IntegrationProvider { GITHUB GOOGLE SUPABASE }
    enum AuthType { API_KEY OAUTH2 }
    enum ConnectionStatus { ACTIVE NEEDS_REAUTH }
    type IntegrationConnection {
      id: ID!
      provider: IntegrationProvider!
      authType: AuthType!
      accountLabel: String!
      scopes: [String!]!
      status: ConnectionStatus!
      expiresAt: DateTime
      createdAt: DateTime!
    }
    type Query { connections: [IntegrationConnection!]! }
  `,
  resolvers: { DateTime: DateTimeResolver, Query: { connections: () => rows } },
});

const yoga = createYoga({ schema, graphqlEndpoint: "/graphql", logging: false, landingPage: false, graphiql: false });
const server = createServer(yoga);
server.keepAliveTimeout = 65_000;
await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", resolve));

announceReady({ port: (server.address() as { port: number }).port }, async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
