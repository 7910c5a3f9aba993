/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How an account is connected. */
export type AuthType =
  /** Connected with a pasted key. */
  | 'API_KEY'
  /** Connected through an OAuth 2.0 authorization. */
  | 'OAUTH2';

/** What to bind: a resource picked through one of your connections. */
export type BindResourceInput = {
  /** The connection it was picked through. */
  connectionId: string | number;
  /** The upstream id (`resourceId`) of the picked resource. */
  id: string | number;
  /** Its resource type. */
  type: ResourceType;
};

/** A Supabase personal access token to connect with. */
export type ConnectSupabaseInput = {
  /** A Supabase Management API personal access token (sbp_…). Verified before it is saved; never returned. */
  accessToken: string;
  /** How the connection is shown; default: derived from the account. */
  label?: string | null | undefined;
};

/** Whether a connection can be used now. */
export type ConnectionStatus =
  /** Usable. */
  | 'ACTIVE'
  /** The provider refused the stored credentials; the user must reconnect. */
  | 'NEEDS_REAUTH';

/** An upstream service accounts can be connected from. */
export type IntegrationProvider =
  /** The github provider (connection ids, scopes and tools are per provider). */
  | 'GITHUB'
  /** The google provider (connection ids, scopes and tools are per provider). */
  | 'GOOGLE'
  /** The supabase provider (connection ids, scopes and tools are per provider). */
  | 'SUPABASE';

/** Narrows a listing. Containers stay listed under a MIME filter so the tree can still be walked. */
export type ResourceFilter = {
  /** Only these kinds (leave FOLDER out to hide folders). */
  kinds?: Array<ResourceKind> | null | undefined;
  /** Only leaves of these MIME types (a tool's picker filter `{"mimeType": m}` is `{ mimeTypes: [m] }`). */
  mimeTypes?: Array<string> | null | undefined;
};

/** What a resource is, across providers (a Drive folder and a GitHub directory are both FOLDER). */
export type ResourceKind =
  /** A branch of a repository (opens into its files). */
  | 'BRANCH'
  /** A Supabase project's database (opens into its tables). */
  | 'DATABASE'
  /** A file: a Drive file, a file in a repository. */
  | 'FILE'
  /** A container of files: a Drive folder or shared drive, a GitHub directory. */
  | 'FOLDER'
  /** A Gmail label. */
  | 'LABEL'
  /** A GitHub repository (opens into its branches). */
  | 'REPOSITORY'
  /** One tab of a spreadsheet. */
  | 'SHEET'
  /** A Google spreadsheet (opens into its tabs). */
  | 'SPREADSHEET'
  /** A database table. */
  | 'TABLE';

/** What the picker browses for. Listing a type also lists the containers leading to it (folders, repositories, branches, projects). */
export type ResourceType =
  /** A branch (id: `owner/repo@branch`). */
  | 'GITHUB_BRANCH'
  /** A file or directory at a branch (id: `owner/repo@branch:path`). */
  | 'GITHUB_FILE'
  /** A repository the user owns, collaborates on or sees through an organization (id: `owner/repo`). */
  | 'GITHUB_REPO'
  /** A Gmail label (a flat list). */
  | 'GMAIL_LABEL'
  /** A Drive file (any MIME type that is not a folder). */
  | 'GOOGLE_DRIVE_FILE'
  /** A Drive folder, a shared drive, or a virtual root (Shared with me, Shared drives). */
  | 'GOOGLE_DRIVE_FOLDER'
  /** A spreadsheet; its children are its tabs. */
  | 'GOOGLE_SHEETS'
  /** One tab of a spreadsheet (id: `<spreadsheetId>:<sheetId>`). */
  | 'GOOGLE_SHEET_TAB'
  /** A Supabase project's database (id: the project ref). */
  | 'SUPABASE_DATABASE'
  /** A table of a project (id: `<ref>:schema.table`). */
  | 'SUPABASE_TABLE';

/** What to connect (or re-authorize), with which scopes, and where the browser returns. */
export type StartOAuthInput = {
  /** Re-authorize this connection, asking only for what it lacks (incremental consent). A different account signing in becomes its own connection. */
  connectionId?: string | number | null | undefined;
  /** Required unless connectionId is given. */
  provider?: IntegrationProvider | null | undefined;
  /** Where the browser lands afterwards (with `status=pending&provider=…&completion_code=…`, or `status=error&error=…`); must be on an allowed origin, at most 1,024 characters. */
  returnTo: string;
  /** Scopes to ask for (Google short or full forms; GitHub scope names); at most 20, each at most 128 characters. */
  scopes?: Array<string> | null | undefined;
  /** Ask for the scopes these tools need (see requiredScopes); combined with scopes; at most 20. */
  tools?: Array<string> | null | undefined;
};

/** The kind of credential `resolveCredential` hands a tool runner for a tool: each tool declares the least privileged kind that can do its job. */
export type ToolCredential =
  /** The user's OAuth access token for the connection; it carries the connection's granted scopes (at least the tool's requiredScopes). */
  | 'OAUTH_ACCESS_TOKEN'
  /** The bound project's publishable key (sb_publishable_…, else the legacy anon key): requests run as the `anon` role, under Row Level Security. */
  | 'SUPABASE_PUBLISHABLE_KEY'
  /** The bound project's secret key (sb_secret_…, else the legacy service_role key): full access to that one project's data, bypassing Row Level Security. Never its Management API token. */
  | 'SUPABASE_SECRET_KEY';

export type PageDataQueryVariables = Exact<{ [key: string]: never; }>;


export type PageDataQuery = { viewer: { id: string, userId: string }, integrationProviders: Array<{ id: IntegrationProvider, displayName: string, authType: AuthType, configured: boolean, resourceTypes: Array<ResourceType> }>, connections: Array<{ id: string, provider: IntegrationProvider, authType: AuthType, accountLabel: string, scopes: Array<string>, status: ConnectionStatus, statusReason: string | null, createdAt: string }> };

export type PageStartOAuthMutationVariables = Exact<{
  input: StartOAuthInput;
}>;


export type PageStartOAuthMutation = { startOAuth: { authorizationUrl: string, provider: IntegrationProvider, scopes: Array<string> } };

export type PageCompleteOAuthMutationVariables = Exact<{
  code: string;
}>;


export type PageCompleteOAuthMutation = { completeOAuth: { provider: IntegrationProvider, accountChanged: boolean, connection: { id: string, accountLabel: string } } };

export type PageConnectSupabaseMutationVariables = Exact<{
  input: ConnectSupabaseInput;
}>;


export type PageConnectSupabaseMutation = { connectSupabase: { connection: { id: string, accountLabel: string } } };

export type PageDisconnectMutationVariables = Exact<{
  connectionId: string | number;
}>;


export type PageDisconnectMutation = { disconnect: { provider: IntegrationProvider, revoked: boolean, revocationError: string | null } };

type PickerItem_GithubBranch_Fragment = { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean };

type PickerItem_GithubFile_Fragment = { path: string, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean };

type PickerItem_GithubRepository_Fragment = { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean };

type PickerItem_GmailLabel_Fragment = { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean };

type PickerItem_GoogleDriveFile_Fragment = { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean };

type PickerItem_GoogleDriveFolder_Fragment = { virtual: boolean, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean };

type PickerItem_GoogleSheetTab_Fragment = { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean };

type PickerItem_GoogleSpreadsheet_Fragment = { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean };

type PickerItem_SupabaseDatabase_Fragment = { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean };

type PickerItem_SupabaseTable_Fragment = { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean };

export type PickerItemFragment =
  | PickerItem_GithubBranch_Fragment
  | PickerItem_GithubFile_Fragment
  | PickerItem_GithubRepository_Fragment
  | PickerItem_GmailLabel_Fragment
  | PickerItem_GoogleDriveFile_Fragment
  | PickerItem_GoogleDriveFolder_Fragment
  | PickerItem_GoogleSheetTab_Fragment
  | PickerItem_GoogleSpreadsheet_Fragment
  | PickerItem_SupabaseDatabase_Fragment
  | PickerItem_SupabaseTable_Fragment
;

export type PickerListQueryVariables = Exact<{
  connectionId: string | number;
  type: ResourceType;
  parentId?: string | number | null | undefined;
  filter?: ResourceFilter | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PickerListQuery = { resources: { edges: Array<{ node:
        | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
        | { path: string, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
        | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
        | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
        | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
        | { virtual: boolean, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
        | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
        | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
        | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
        | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
       }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PickerOpenQueryVariables = Exact<{
  id: string | number;
  filter?: ResourceFilter | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PickerOpenQuery = { node:
    | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean, ancestors: Array<
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
      >, children: { edges: Array<{ node:
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { path: string, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { virtual: boolean, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { path: string, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean, ancestors: Array<
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
      >, children: { edges: Array<{ node:
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { path: string, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { virtual: boolean, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean, ancestors: Array<
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
      >, children: { edges: Array<{ node:
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { path: string, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { virtual: boolean, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean, ancestors: Array<
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
      >, children: { edges: Array<{ node:
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { path: string, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { virtual: boolean, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean, ancestors: Array<
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
      >, children: { edges: Array<{ node:
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { path: string, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { virtual: boolean, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { virtual: boolean, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean, ancestors: Array<
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
      >, children: { edges: Array<{ node:
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { path: string, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { virtual: boolean, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean, ancestors: Array<
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
      >, children: { edges: Array<{ node:
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { path: string, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { virtual: boolean, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean, ancestors: Array<
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
      >, children: { edges: Array<{ node:
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { path: string, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { virtual: boolean, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean, ancestors: Array<
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
      >, children: { edges: Array<{ node:
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { path: string, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { virtual: boolean, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean, ancestors: Array<
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
        | { id: string, resourceId: string, name: string }
      >, children: { edges: Array<{ node:
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { path: string, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { virtual: boolean, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | Record<PropertyKey, never>
   | null };

export type PickerToolsQueryVariables = Exact<{ [key: string]: never; }>;


export type PickerToolsQuery = { tools: Array<{ name: string, description: string, provider: IntegrationProvider, parameters: Array<{ name: string, description: string, required: boolean, picker: { type: ResourceType, dependsOn: string | null, valueField: string, filter: { mimeTypes: Array<string> } | null } | null }> }> };

export type PickerMissingScopesQueryVariables = Exact<{
  connectionId: string | number;
  tools: Array<string> | string;
}>;


export type PickerMissingScopesQuery = { connection: { id: string, missingScopes: Array<string> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { viewer: { id: string, userId: string } };

export type BindMutationVariables = Exact<{
  input: BindResourceInput;
}>;


export type BindMutation = { bindResource: { id: string, type: ResourceType, resourceId: string, name: string, hasCredential: boolean, metadata: unknown, connection: { id: string }, resource:
      | { resourceId: string, name: string }
      | { resourceId: string, name: string }
      | { resourceId: string, name: string }
      | { resourceId: string, name: string }
      | { resourceId: string, name: string }
      | { resourceId: string, name: string }
      | { resourceId: string, name: string }
      | { resourceId: string, name: string }
      | { resourceId: string, name: string }
      | { resourceId: string, name: string }
     | null } };

export type BoundQueryVariables = Exact<{
  connectionId?: string | number | null | undefined;
  type?: ResourceType | null | undefined;
}>;


export type BoundQuery = { boundResources: Array<{ id: string, type: ResourceType, resourceId: string, name: string, hasCredential: boolean }> };

export type UnbindMutationVariables = Exact<{
  id: string | number;
}>;


export type UnbindMutation = { unbindResource: { unboundResourceId: string, resourceId: string } };

export type CanUseSupabaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CanUseSupabaseQuery = { connection: { canUse: boolean } };

export type ResolveOnResourceQueryVariables = Exact<{
  userId: string | number;
  connectionId: string | number;
  tool: string;
  resourceId?: string | null | undefined;
}>;


export type ResolveOnResourceQuery = { resolveCredential: { accessToken: string, expiresAt: string | null, scopes: Array<string>, boundResourceId: string | null, resourceId: string | null, resourceUrl: string | null } };

export type DisconnectBoundMutationVariables = Exact<{
  id: string | number;
}>;


export type DisconnectBoundMutation = { disconnect: { revoked: boolean } };

export type ConnectSupabaseMutationVariables = Exact<{
  input: ConnectSupabaseInput;
}>;


export type ConnectSupabaseMutation = { connectSupabase: { connection: { id: string, provider: IntegrationProvider, authType: AuthType, accountId: string, accountLabel: string, scopes: Array<string>, status: ConnectionStatus } } };

export type DisconnectMutationVariables = Exact<{
  id: string | number;
}>;


export type DisconnectMutation = { disconnect: { disconnectedConnectionId: string, provider: IntegrationProvider, revoked: boolean, revocationError: string | null } };

export type ConnectionByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ConnectionByIdQuery = { connection: { id: string, accountLabel: string } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { accountLabel: string, id: string }
    | { id: string }
    | { id: string }
   | null };

export type ViewerConnectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerConnectionsQuery = { viewer: { id: string, connections: Array<{ id: string, provider: IntegrationProvider, accountLabel: string }> } };

export type MyConnectionsWhileDownQueryVariables = Exact<{ [key: string]: never; }>;


export type MyConnectionsWhileDownQuery = { viewer: { userId: string, connections: Array<{ id: string }> } };

export type WhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoAmIQuery = { viewer: { id: string } };

export type ConnectSupabaseKeyMutationVariables = Exact<{
  input: ConnectSupabaseInput;
}>;


export type ConnectSupabaseKeyMutation = { connectSupabase: { connection: { id: string, accountLabel: string } } };

export type IncrementalConnectionsQueryVariables = Exact<{
  provider?: IntegrationProvider | null | undefined;
}>;


export type IncrementalConnectionsQuery = { connections: Array<{ id: string, accountId: string, accountLabel: string, scopes: Array<string>, status: ConnectionStatus, statusReason: string | null, updatedAt: string }> };

export type CompletionConnectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompletionConnectionsQuery = { connections: Array<{ id: string, provider: IntegrationProvider, accountId: string, accountLabel: string, scopes: Array<string>, status: ConnectionStatus }> };

export type GithubConnectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type GithubConnectionsQuery = { connections: Array<{ id: string, accountId: string, accountLabel: string, scopes: Array<string>, status: ConnectionStatus, expiresAt: string | null, authType: AuthType }> };

export type ConnectionsQueryVariables = Exact<{
  provider?: IntegrationProvider | null | undefined;
}>;


export type ConnectionsQuery = { connections: Array<{ id: string, provider: IntegrationProvider, authType: AuthType, accountId: string, accountLabel: string, scopes: Array<string>, status: ConnectionStatus, statusReason: string | null, expiresAt: string | null, createdAt: string, updatedAt: string }> };

export type ProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersQuery = { integrationProviders: Array<{ id: IntegrationProvider, displayName: string, authType: AuthType, configured: boolean }> };

export type CapsConnectSupabaseMutationVariables = Exact<{
  input: ConnectSupabaseInput;
}>;


export type CapsConnectSupabaseMutation = { connectSupabase: { connection: { id: string } } };

export type ResourceWithTreeQueryVariables = Exact<{
  connectionId: string | number;
  type: ResourceType;
  id: string | number;
}>;


export type ResourceWithTreeQuery = { resource:
    | { id: string, resourceId: string, name: string, type: ResourceType, parentId: string | null, parent:
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
      >, connection: { id: string } }
    | { id: string, resourceId: string, name: string, type: ResourceType, parentId: string | null, parent:
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
      >, connection: { id: string } }
    | { id: string, resourceId: string, name: string, type: ResourceType, parentId: string | null, parent:
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
      >, connection: { id: string } }
    | { id: string, resourceId: string, name: string, type: ResourceType, parentId: string | null, parent:
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
      >, connection: { id: string } }
    | { id: string, resourceId: string, name: string, type: ResourceType, parentId: string | null, parent:
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
      >, connection: { id: string } }
    | { id: string, resourceId: string, name: string, type: ResourceType, parentId: string | null, parent:
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
      >, connection: { id: string } }
    | { id: string, resourceId: string, name: string, type: ResourceType, parentId: string | null, parent:
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
      >, connection: { id: string } }
    | { id: string, resourceId: string, name: string, type: ResourceType, parentId: string | null, parent:
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
      >, connection: { id: string } }
    | { id: string, resourceId: string, name: string, type: ResourceType, parentId: string | null, parent:
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
      >, connection: { id: string } }
    | { id: string, resourceId: string, name: string, type: ResourceType, parentId: string | null, parent:
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
        | { resourceId: string, name: string, type: ResourceType }
      >, connection: { id: string } }
   };

export type ChildrenQueryVariables = Exact<{
  connectionId: string | number;
  type: ResourceType;
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChildrenQuery = { resource:
    | { resourceId: string, hasChildren: boolean, children: { edges: Array<{ node:
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { resourceId: string, hasChildren: boolean, children: { edges: Array<{ node:
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { resourceId: string, hasChildren: boolean, children: { edges: Array<{ node:
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { resourceId: string, hasChildren: boolean, children: { edges: Array<{ node:
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { resourceId: string, hasChildren: boolean, children: { edges: Array<{ node:
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { resourceId: string, hasChildren: boolean, children: { edges: Array<{ node:
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { resourceId: string, hasChildren: boolean, children: { edges: Array<{ node:
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { resourceId: string, hasChildren: boolean, children: { edges: Array<{ node:
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { resourceId: string, hasChildren: boolean, children: { edges: Array<{ node:
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { resourceId: string, hasChildren: boolean, children: { edges: Array<{ node:
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
            | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
   };

export type DriveNodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type DriveNodeByIdQuery = { node:
    | { id: string }
    | { resourceId: string, name: string, type: ResourceType, id: string }
    | { resourceId: string, name: string, type: ResourceType, id: string }
    | { resourceId: string, name: string, type: ResourceType, id: string }
    | { resourceId: string, name: string, type: ResourceType, id: string }
    | { resourceId: string, name: string, type: ResourceType, id: string }
    | { resourceId: string, name: string, type: ResourceType, id: string }
    | { resourceId: string, name: string, type: ResourceType, id: string }
    | { resourceId: string, name: string, type: ResourceType, id: string }
    | { id: string }
    | { resourceId: string, name: string, type: ResourceType, id: string }
    | { resourceId: string, name: string, type: ResourceType, id: string }
   | null };

export type PickerStepQueryVariables = Exact<{
  connectionId: string | number;
  a: string | number;
  b: string | number;
}>;


export type PickerStepQuery = { a:
    | { name: string, parent:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       | null, ancestors: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | { name: string, parent:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       | null, ancestors: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | { name: string, parent:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       | null, ancestors: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | { name: string, parent:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       | null, ancestors: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | { name: string, parent:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       | null, ancestors: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | { name: string, parent:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       | null, ancestors: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | { name: string, parent:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       | null, ancestors: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | { name: string, parent:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       | null, ancestors: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | { name: string, parent:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       | null, ancestors: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | { name: string, parent:
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
       | null, ancestors: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
  , b:
    | { name: string, parent:
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
       | null, ancestors: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | { name: string, parent:
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
       | null, ancestors: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | { name: string, parent:
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
       | null, ancestors: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | { name: string, parent:
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
       | null, ancestors: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | { name: string, parent:
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
       | null, ancestors: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | { name: string, parent:
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
       | null, ancestors: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | { name: string, parent:
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
       | null, ancestors: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | { name: string, parent:
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
       | null, ancestors: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | { name: string, parent:
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
       | null, ancestors: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
    | { name: string, parent:
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
        | { name: string, parent:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           | null }
       | null, ancestors: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      > }
  , again:
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
    | { name: string }
   };

export type ProviderResourceTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderResourceTypesQuery = { integrationProviders: Array<{ id: IntegrationProvider, resourceTypes: Array<ResourceType> }> };

export type ConnectionStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type ConnectionStatusQuery = { connection: { status: ConnectionStatus, statusReason: string | null } };

export type OneResourceQueryVariables = Exact<{
  connectionId: string | number;
  type: ResourceType;
  id: string | number;
}>;


export type OneResourceQuery = { resource:
    | { resourceId: string, name: string }
    | { resourceId: string, name: string }
    | { resourceId: string, name: string }
    | { resourceId: string, name: string }
    | { resourceId: string, name: string }
    | { resourceId: string, name: string }
    | { resourceId: string, name: string }
    | { resourceId: string, name: string }
    | { resourceId: string, name: string }
    | { resourceId: string, name: string }
   };

export type GithubTreeQueryVariables = Exact<{
  connectionId: string | number;
  type: ResourceType;
  id: string | number;
}>;


export type GithubTreeQuery = { resource:
    | { repository: string, commitSha: string, protected: boolean, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, parent:
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
      > }
    | { repository: string, ref: string, path: string, entryType: string, sha: string | null, size: number | null, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, parent:
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
      > }
    | { fullName: string, owner: string, private: boolean, defaultBranch: string | null, visibility: string, id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, parent:
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
      > }
    | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, parent:
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
      > }
    | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, parent:
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
      > }
    | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, parent:
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
      > }
    | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, parent:
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
      > }
    | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, parent:
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
      > }
    | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, parent:
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
      > }
    | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, parentId: string | null, parent:
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
        | { resourceId: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
        | { resourceId: string, name: string, type: ResourceType, kind: ResourceKind }
      > }
   };

export type GithubNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type GithubNodeQuery = { node:
    | { id: string }
    | { resourceId: string, name: string, id: string }
    | { resourceId: string, name: string, id: string }
    | { resourceId: string, name: string, id: string }
    | { resourceId: string, name: string, id: string }
    | { resourceId: string, name: string, id: string }
    | { resourceId: string, name: string, id: string }
    | { resourceId: string, name: string, id: string }
    | { resourceId: string, name: string, id: string }
    | { id: string }
    | { resourceId: string, name: string, id: string }
    | { resourceId: string, name: string, id: string }
   | null };

export type OpenNodeQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OpenNodeQuery = { node:
    | { id: string, resourceId: string, name: string, type: ResourceType, ancestors: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, children: { edges: Array<{ node:
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, resourceId: string, name: string, type: ResourceType, ancestors: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, children: { edges: Array<{ node:
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, resourceId: string, name: string, type: ResourceType, ancestors: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, children: { edges: Array<{ node:
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, resourceId: string, name: string, type: ResourceType, ancestors: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, children: { edges: Array<{ node:
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, resourceId: string, name: string, type: ResourceType, ancestors: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, children: { edges: Array<{ node:
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, resourceId: string, name: string, type: ResourceType, ancestors: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, children: { edges: Array<{ node:
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, resourceId: string, name: string, type: ResourceType, ancestors: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, children: { edges: Array<{ node:
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, resourceId: string, name: string, type: ResourceType, ancestors: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, children: { edges: Array<{ node:
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, resourceId: string, name: string, type: ResourceType, ancestors: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, children: { edges: Array<{ node:
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { id: string, resourceId: string, name: string, type: ResourceType, ancestors: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, children: { edges: Array<{ node:
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
            | { id: string, resourceId: string, name: string, type: ResourceType, hasChildren: boolean }
           }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | Record<PropertyKey, never>
   | null };

export type SupabaseTableQueryVariables = Exact<{
  connectionId: string | number;
  id: string | number;
}>;


export type SupabaseTableQuery = { resource:
    | { id: string, resourceId: string, name: string, parentId: string | null, parent:
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
      > }
    | { id: string, resourceId: string, name: string, parentId: string | null, parent:
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
      > }
    | { id: string, resourceId: string, name: string, parentId: string | null, parent:
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
      > }
    | { id: string, resourceId: string, name: string, parentId: string | null, parent:
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
      > }
    | { id: string, resourceId: string, name: string, parentId: string | null, parent:
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
      > }
    | { id: string, resourceId: string, name: string, parentId: string | null, parent:
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
      > }
    | { id: string, resourceId: string, name: string, parentId: string | null, parent:
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
      > }
    | { id: string, resourceId: string, name: string, parentId: string | null, parent:
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
      > }
    | { id: string, resourceId: string, name: string, parentId: string | null, parent:
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
      > }
    | { projectRef: string, schema: string, table: string, qualifiedName: string, id: string, resourceId: string, name: string, parentId: string | null, parent:
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
       | null, ancestors: Array<
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
        | { resourceId: string, name: string }
      > }
   };

export type SupabaseProjectsQueryVariables = Exact<{
  connectionId: string | number;
}>;


export type SupabaseProjectsQuery = { resources: { edges: Array<{ node:
        | { resourceId: string, name: string, hasChildren: boolean }
        | { resourceId: string, name: string, hasChildren: boolean }
        | { resourceId: string, name: string, hasChildren: boolean }
        | { resourceId: string, name: string, hasChildren: boolean }
        | { resourceId: string, name: string, hasChildren: boolean }
        | { resourceId: string, name: string, hasChildren: boolean }
        | { resourceId: string, name: string, hasChildren: boolean }
        | { resourceId: string, name: string, hasChildren: boolean }
        | { ref: string, status: string, host: string, region: string | null, organizationSlug: string | null, resourceId: string, name: string, hasChildren: boolean }
        | { resourceId: string, name: string, hasChildren: boolean }
       }> } };

export type EverythingQueryVariables = Exact<{ [key: string]: never; }>;


export type EverythingQuery = { viewer: { id: string, connections: Array<{ id: string, provider: IntegrationProvider, authType: AuthType, accountId: string, accountLabel: string, scopes: Array<string>, status: ConnectionStatus, statusReason: string | null, expiresAt: string | null, createdAt: string, updatedAt: string }> } };

export type ConnectSupabaseAgainMutationVariables = Exact<{
  input: ConnectSupabaseInput;
}>;


export type ConnectSupabaseAgainMutation = { connectSupabase: { connection: { id: string, accountLabel: string } } };

export type ServiceAsUserQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceAsUserQuery = { viewer: { userId: string } };

export type ConnectionsAsServiceQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnectionsAsServiceQuery = { connections: Array<{ id: string }> };

export type StartAsServiceMutationVariables = Exact<{
  input: StartOAuthInput;
}>;


export type StartAsServiceMutation = { startOAuth: { authorizationUrl: string } };

export type LifecycleConnectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type LifecycleConnectionsQuery = { connections: Array<{ id: string, status: ConnectionStatus, statusReason: string | null }> };

export type SupabaseCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type SupabaseCatalogQuery = { tools: Array<{ name: string, credential: ToolCredential }> };

export type BindProjectMutationVariables = Exact<{
  input: BindResourceInput;
}>;


export type BindProjectMutation = { bindResource: { id: string, metadata: unknown } };

export type ResolveToolQueryVariables = Exact<{
  userId: string | number;
  connectionId: string | number;
  tool: string;
  resourceId?: string | null | undefined;
}>;


export type ResolveToolQuery = { resolveCredential: { credential: ToolCredential, accessToken: string, resourceId: string | null, resourceUrl: string | null } };

export type ToolsQueryVariables = Exact<{
  provider?: IntegrationProvider | null | undefined;
}>;


export type ToolsQuery = { tools: Array<{ name: string, provider: IntegrationProvider, requiredScopes: Array<string>, credential: ToolCredential }> };

export type ToolQueryVariables = Exact<{
  name: string;
}>;


export type ToolQuery = { tool: { name: string, provider: IntegrationProvider, description: string, requiredScopes: Array<string>, inputSchema: unknown, parameters: Array<{ name: string, type: string, description: string, required: boolean, itemsType: string | null, allowedValues: Array<string> | null, defaultValue: unknown, picker: { type: ResourceType, dependsOn: string | null, valueField: string, spec: unknown, filter: { mimeTypes: Array<string> } | null } | null }> } };

export type RequiredScopesQueryVariables = Exact<{
  provider: IntegrationProvider;
  tools: Array<string> | string;
}>;


export type RequiredScopesQuery = { requiredScopes: Array<string> };

export type ConnectionToolsQueryVariables = Exact<{
  id: string | number;
  tools: Array<string> | string;
}>;


export type ConnectionToolsQuery = { connection: { id: string, status: ConnectionStatus, scopes: Array<string>, missingScopes: Array<string>, canUse: boolean } };

export type ResolveCredentialQueryVariables = Exact<{
  userId: string | number;
  connectionId: string | number;
  tool: string;
  returnTo?: string | null | undefined;
}>;


export type ResolveCredentialQuery = { resolveCredential: { connectionId: string, provider: IntegrationProvider, accountId: string, accessToken: string, tokenType: string, expiresAt: string | null, scopes: Array<string> } };

export type StartOAuthMutationVariables = Exact<{
  input: StartOAuthInput;
}>;


export type StartOAuthMutation = { startOAuth: { authorizationUrl: string, provider: IntegrationProvider, scopes: Array<string> } };

export type CompleteOAuthMutationVariables = Exact<{
  code: string;
}>;


export type CompleteOAuthMutation = { completeOAuth: { accountChanged: boolean, provider: IntegrationProvider, connection: { id: string, accountId: string, accountLabel: string, scopes: Array<string>, status: ConnectionStatus } } };

export type ResourcesQueryVariables = Exact<{
  connectionId: string | number;
  type: ResourceType;
  parentId?: string | number | null | undefined;
  filter?: ResourceFilter | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ResourcesQuery = { resources: { edges: Array<{ cursor: string, node:
        | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean, parentId: string | null, webUrl: string | null, modifiedAt: string | null }
        | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean, parentId: string | null, webUrl: string | null, modifiedAt: string | null }
        | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean, parentId: string | null, webUrl: string | null, modifiedAt: string | null }
        | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean, parentId: string | null, webUrl: string | null, modifiedAt: string | null }
        | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean, parentId: string | null, webUrl: string | null, modifiedAt: string | null }
        | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean, parentId: string | null, webUrl: string | null, modifiedAt: string | null }
        | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean, parentId: string | null, webUrl: string | null, modifiedAt: string | null }
        | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean, parentId: string | null, webUrl: string | null, modifiedAt: string | null }
        | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean, parentId: string | null, webUrl: string | null, modifiedAt: string | null }
        | { id: string, resourceId: string, name: string, type: ResourceType, kind: ResourceKind, mimeType: string | null, hasChildren: boolean, parentId: string | null, webUrl: string | null, modifiedAt: string | null }
       }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConnectSupabaseForResourcesMutationVariables = Exact<{
  input: ConnectSupabaseInput;
}>;


export type ConnectSupabaseForResourcesMutation = { connectSupabase: { connection: { id: string } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PickerItemFragmentDoc = new TypedDocumentString(`
    fragment PickerItem on Resource {
  id
  resourceId
  name
  type
  kind
  mimeType
  hasChildren
  ... on GoogleDriveFolder {
    virtual
  }
  ... on GithubFile {
    path
  }
}
    `, {"fragmentName":"PickerItem"}) as unknown as TypedDocumentString<PickerItemFragment, unknown>;
export const PageDataDocument = new TypedDocumentString(`
    query PageData {
  viewer {
    id
    userId
  }
  integrationProviders {
    id
    displayName
    authType
    configured
    resourceTypes
  }
  connections {
    id
    provider
    authType
    accountLabel
    scopes
    status
    statusReason
    createdAt
  }
}
    `) as unknown as TypedDocumentString<PageDataQuery, PageDataQueryVariables>;
export const PageStartOAuthDocument = new TypedDocumentString(`
    mutation PageStartOAuth($input: StartOAuthInput!) {
  startOAuth(input: $input) {
    authorizationUrl
    provider
    scopes
  }
}
    `) as unknown as TypedDocumentString<PageStartOAuthMutation, PageStartOAuthMutationVariables>;
export const PageCompleteOAuthDocument = new TypedDocumentString(`
    mutation PageCompleteOAuth($code: String!) {
  completeOAuth(code: $code) {
    provider
    accountChanged
    connection {
      id
      accountLabel
    }
  }
}
    `) as unknown as TypedDocumentString<PageCompleteOAuthMutation, PageCompleteOAuthMutationVariables>;
export const PageConnectSupabaseDocument = new TypedDocumentString(`
    mutation PageConnectSupabase($input: ConnectSupabaseInput!) {
  connectSupabase(input: $input) {
    connection {
      id
      accountLabel
    }
  }
}
    `) as unknown as TypedDocumentString<PageConnectSupabaseMutation, PageConnectSupabaseMutationVariables>;
export const PageDisconnectDocument = new TypedDocumentString(`
    mutation PageDisconnect($connectionId: ID!) {
  disconnect(connectionId: $connectionId) {
    provider
    revoked
    revocationError
  }
}
    `) as unknown as TypedDocumentString<PageDisconnectMutation, PageDisconnectMutationVariables>;
export const PickerListDocument = new TypedDocumentString(`
    query PickerList($connectionId: ID!, $type: ResourceType!, $parentId: ID, $filter: ResourceFilter, $search: String, $first: Int, $after: String) {
  resources(
    connectionId: $connectionId
    type: $type
    parentId: $parentId
    filter: $filter
    search: $search
    first: $first
    after: $after
  ) {
    edges {
      node {
        ...PickerItem
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment PickerItem on Resource {
  id
  resourceId
  name
  type
  kind
  mimeType
  hasChildren
  ... on GoogleDriveFolder {
    virtual
  }
  ... on GithubFile {
    path
  }
}`) as unknown as TypedDocumentString<PickerListQuery, PickerListQueryVariables>;
export const PickerOpenDocument = new TypedDocumentString(`
    query PickerOpen($id: ID!, $filter: ResourceFilter, $search: String, $first: Int, $after: String) {
  node(id: $id) {
    ... on Resource {
      ...PickerItem
      ancestors {
        id
        resourceId
        name
      }
      children(filter: $filter, search: $search, first: $first, after: $after) {
        edges {
          node {
            ...PickerItem
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    fragment PickerItem on Resource {
  id
  resourceId
  name
  type
  kind
  mimeType
  hasChildren
  ... on GoogleDriveFolder {
    virtual
  }
  ... on GithubFile {
    path
  }
}`) as unknown as TypedDocumentString<PickerOpenQuery, PickerOpenQueryVariables>;
export const PickerToolsDocument = new TypedDocumentString(`
    query PickerTools {
  tools {
    name
    description
    provider
    parameters {
      name
      description
      required
      picker {
        type
        filter {
          mimeTypes
        }
        dependsOn
        valueField
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PickerToolsQuery, PickerToolsQueryVariables>;
export const PickerMissingScopesDocument = new TypedDocumentString(`
    query PickerMissingScopes($connectionId: ID!, $tools: [String!]!) {
  connection(id: $connectionId) {
    id
    missingScopes(tools: $tools)
  }
}
    `) as unknown as TypedDocumentString<PickerMissingScopesQuery, PickerMissingScopesQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  viewer {
    id
    userId
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const BindDocument = new TypedDocumentString(`
    mutation Bind($input: BindResourceInput!) {
  bindResource(input: $input) {
    id
    type
    resourceId
    name
    hasCredential
    metadata
    connection {
      id
    }
    resource {
      resourceId
      name
    }
  }
}
    `) as unknown as TypedDocumentString<BindMutation, BindMutationVariables>;
export const BoundDocument = new TypedDocumentString(`
    query Bound($connectionId: ID, $type: ResourceType) {
  boundResources(connectionId: $connectionId, type: $type) {
    id
    type
    resourceId
    name
    hasCredential
  }
}
    `) as unknown as TypedDocumentString<BoundQuery, BoundQueryVariables>;
export const UnbindDocument = new TypedDocumentString(`
    mutation Unbind($id: ID!) {
  unbindResource(id: $id) {
    unboundResourceId
    resourceId
  }
}
    `) as unknown as TypedDocumentString<UnbindMutation, UnbindMutationVariables>;
export const CanUseSupabaseDocument = new TypedDocumentString(`
    query CanUseSupabase($id: ID!) {
  connection(id: $id) {
    canUse(tools: ["supabase_table_query"])
  }
}
    `) as unknown as TypedDocumentString<CanUseSupabaseQuery, CanUseSupabaseQueryVariables>;
export const ResolveOnResourceDocument = new TypedDocumentString(`
    query ResolveOnResource($userId: ID!, $connectionId: ID!, $tool: String!, $resourceId: String) {
  resolveCredential(
    userId: $userId
    connectionId: $connectionId
    tool: $tool
    resourceId: $resourceId
  ) {
    accessToken
    expiresAt
    scopes
    boundResourceId
    resourceId
    resourceUrl
  }
}
    `) as unknown as TypedDocumentString<ResolveOnResourceQuery, ResolveOnResourceQueryVariables>;
export const DisconnectBoundDocument = new TypedDocumentString(`
    mutation DisconnectBound($id: ID!) {
  disconnect(connectionId: $id) {
    revoked
  }
}
    `) as unknown as TypedDocumentString<DisconnectBoundMutation, DisconnectBoundMutationVariables>;
export const ConnectSupabaseDocument = new TypedDocumentString(`
    mutation ConnectSupabase($input: ConnectSupabaseInput!) {
  connectSupabase(input: $input) {
    connection {
      id
      provider
      authType
      accountId
      accountLabel
      scopes
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectSupabaseMutation, ConnectSupabaseMutationVariables>;
export const DisconnectDocument = new TypedDocumentString(`
    mutation Disconnect($id: ID!) {
  disconnect(connectionId: $id) {
    disconnectedConnectionId
    provider
    revoked
    revocationError
  }
}
    `) as unknown as TypedDocumentString<DisconnectMutation, DisconnectMutationVariables>;
export const ConnectionByIdDocument = new TypedDocumentString(`
    query ConnectionById($id: ID!) {
  connection(id: $id) {
    id
    accountLabel
  }
}
    `) as unknown as TypedDocumentString<ConnectionByIdQuery, ConnectionByIdQueryVariables>;
export const NodeByIdDocument = new TypedDocumentString(`
    query NodeById($id: ID!) {
  node(id: $id) {
    id
    ... on IntegrationConnection {
      accountLabel
    }
  }
}
    `) as unknown as TypedDocumentString<NodeByIdQuery, NodeByIdQueryVariables>;
export const ViewerConnectionsDocument = new TypedDocumentString(`
    query ViewerConnections {
  viewer {
    id
    connections {
      id
      provider
      accountLabel
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerConnectionsQuery, ViewerConnectionsQueryVariables>;
export const MyConnectionsWhileDownDocument = new TypedDocumentString(`
    query MyConnectionsWhileDown {
  viewer {
    userId
    connections {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MyConnectionsWhileDownQuery, MyConnectionsWhileDownQueryVariables>;
export const WhoAmIDocument = new TypedDocumentString(`
    query WhoAmI {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<WhoAmIQuery, WhoAmIQueryVariables>;
export const ConnectSupabaseKeyDocument = new TypedDocumentString(`
    mutation ConnectSupabaseKey($input: ConnectSupabaseInput!) {
  connectSupabase(input: $input) {
    connection {
      id
      accountLabel
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectSupabaseKeyMutation, ConnectSupabaseKeyMutationVariables>;
export const IncrementalConnectionsDocument = new TypedDocumentString(`
    query IncrementalConnections($provider: IntegrationProvider) {
  connections(provider: $provider) {
    id
    accountId
    accountLabel
    scopes
    status
    statusReason
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<IncrementalConnectionsQuery, IncrementalConnectionsQueryVariables>;
export const CompletionConnectionsDocument = new TypedDocumentString(`
    query CompletionConnections {
  connections {
    id
    provider
    accountId
    accountLabel
    scopes
    status
  }
}
    `) as unknown as TypedDocumentString<CompletionConnectionsQuery, CompletionConnectionsQueryVariables>;
export const GithubConnectionsDocument = new TypedDocumentString(`
    query GithubConnections {
  connections(provider: GITHUB) {
    id
    accountId
    accountLabel
    scopes
    status
    expiresAt
    authType
  }
}
    `) as unknown as TypedDocumentString<GithubConnectionsQuery, GithubConnectionsQueryVariables>;
export const ConnectionsDocument = new TypedDocumentString(`
    query Connections($provider: IntegrationProvider) {
  connections(provider: $provider) {
    id
    provider
    authType
    accountId
    accountLabel
    scopes
    status
    statusReason
    expiresAt
    createdAt
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<ConnectionsQuery, ConnectionsQueryVariables>;
export const ProvidersDocument = new TypedDocumentString(`
    query Providers {
  integrationProviders {
    id
    displayName
    authType
    configured
  }
}
    `) as unknown as TypedDocumentString<ProvidersQuery, ProvidersQueryVariables>;
export const CapsConnectSupabaseDocument = new TypedDocumentString(`
    mutation CapsConnectSupabase($input: ConnectSupabaseInput!) {
  connectSupabase(input: $input) {
    connection {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CapsConnectSupabaseMutation, CapsConnectSupabaseMutationVariables>;
export const ResourceWithTreeDocument = new TypedDocumentString(`
    query ResourceWithTree($connectionId: ID!, $type: ResourceType!, $id: ID!) {
  resource(connectionId: $connectionId, type: $type, id: $id) {
    id
    resourceId
    name
    type
    parentId
    parent {
      resourceId
      name
    }
    ancestors {
      resourceId
      name
      type
    }
    connection {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ResourceWithTreeQuery, ResourceWithTreeQueryVariables>;
export const ChildrenDocument = new TypedDocumentString(`
    query Children($connectionId: ID!, $type: ResourceType!, $id: ID!, $first: Int, $after: String) {
  resource(connectionId: $connectionId, type: $type, id: $id) {
    resourceId
    hasChildren
    children(first: $first, after: $after) {
      edges {
        node {
          resourceId
          name
          type
          kind
          parentId
          hasChildren
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChildrenQuery, ChildrenQueryVariables>;
export const DriveNodeByIdDocument = new TypedDocumentString(`
    query DriveNodeById($id: ID!) {
  node(id: $id) {
    id
    ... on Resource {
      resourceId
      name
      type
    }
  }
}
    `) as unknown as TypedDocumentString<DriveNodeByIdQuery, DriveNodeByIdQueryVariables>;
export const PickerStepDocument = new TypedDocumentString(`
    query PickerStep($connectionId: ID!, $a: ID!, $b: ID!) {
  a: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $a) {
    name
    parent {
      name
    }
    ancestors {
      name
    }
  }
  b: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $b) {
    name
    parent {
      name
      parent {
        name
      }
    }
    ancestors {
      name
    }
  }
  again: resource(connectionId: $connectionId, type: GOOGLE_DRIVE_FILE, id: $a) {
    name
  }
}
    `) as unknown as TypedDocumentString<PickerStepQuery, PickerStepQueryVariables>;
export const ProviderResourceTypesDocument = new TypedDocumentString(`
    query ProviderResourceTypes {
  integrationProviders {
    id
    resourceTypes
  }
}
    `) as unknown as TypedDocumentString<ProviderResourceTypesQuery, ProviderResourceTypesQueryVariables>;
export const ConnectionStatusDocument = new TypedDocumentString(`
    query ConnectionStatus($id: ID!) {
  connection(id: $id) {
    status
    statusReason
  }
}
    `) as unknown as TypedDocumentString<ConnectionStatusQuery, ConnectionStatusQueryVariables>;
export const OneResourceDocument = new TypedDocumentString(`
    query OneResource($connectionId: ID!, $type: ResourceType!, $id: ID!) {
  resource(connectionId: $connectionId, type: $type, id: $id) {
    resourceId
    name
  }
}
    `) as unknown as TypedDocumentString<OneResourceQuery, OneResourceQueryVariables>;
export const GithubTreeDocument = new TypedDocumentString(`
    query GithubTree($connectionId: ID!, $type: ResourceType!, $id: ID!) {
  resource(connectionId: $connectionId, type: $type, id: $id) {
    id
    resourceId
    name
    type
    kind
    parentId
    parent {
      resourceId
    }
    ancestors {
      resourceId
      name
      type
      kind
    }
    ... on GithubFile {
      repository
      ref
      path
      entryType
      sha
      size
    }
    ... on GithubBranch {
      repository
      commitSha
      protected
    }
    ... on GithubRepository {
      fullName
      owner
      private
      defaultBranch
      visibility
    }
  }
}
    `) as unknown as TypedDocumentString<GithubTreeQuery, GithubTreeQueryVariables>;
export const GithubNodeDocument = new TypedDocumentString(`
    query GithubNode($id: ID!) {
  node(id: $id) {
    id
    ... on Resource {
      resourceId
      name
    }
  }
}
    `) as unknown as TypedDocumentString<GithubNodeQuery, GithubNodeQueryVariables>;
export const OpenNodeDocument = new TypedDocumentString(`
    query OpenNode($id: ID!, $first: Int, $after: String) {
  node(id: $id) {
    ... on Resource {
      id
      resourceId
      name
      type
      ancestors {
        id
        name
      }
      children(first: $first, after: $after) {
        edges {
          node {
            id
            resourceId
            name
            type
            hasChildren
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OpenNodeQuery, OpenNodeQueryVariables>;
export const SupabaseTableDocument = new TypedDocumentString(`
    query SupabaseTable($connectionId: ID!, $id: ID!) {
  resource(connectionId: $connectionId, type: SUPABASE_TABLE, id: $id) {
    id
    resourceId
    name
    parentId
    parent {
      resourceId
      name
    }
    ancestors {
      resourceId
      name
    }
    ... on SupabaseTable {
      projectRef
      schema
      table
      qualifiedName
    }
  }
}
    `) as unknown as TypedDocumentString<SupabaseTableQuery, SupabaseTableQueryVariables>;
export const SupabaseProjectsDocument = new TypedDocumentString(`
    query SupabaseProjects($connectionId: ID!) {
  resources(connectionId: $connectionId, type: SUPABASE_DATABASE) {
    edges {
      node {
        resourceId
        name
        hasChildren
        ... on SupabaseDatabase {
          ref
          status
          host
          region
          organizationSlug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupabaseProjectsQuery, SupabaseProjectsQueryVariables>;
export const EverythingDocument = new TypedDocumentString(`
    query Everything {
  viewer {
    id
    connections {
      id
      provider
      authType
      accountId
      accountLabel
      scopes
      status
      statusReason
      expiresAt
      createdAt
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<EverythingQuery, EverythingQueryVariables>;
export const ConnectSupabaseAgainDocument = new TypedDocumentString(`
    mutation ConnectSupabaseAgain($input: ConnectSupabaseInput!) {
  connectSupabase(input: $input) {
    connection {
      id
      accountLabel
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectSupabaseAgainMutation, ConnectSupabaseAgainMutationVariables>;
export const ServiceAsUserDocument = new TypedDocumentString(`
    query ServiceAsUser {
  viewer {
    userId
  }
}
    `) as unknown as TypedDocumentString<ServiceAsUserQuery, ServiceAsUserQueryVariables>;
export const ConnectionsAsServiceDocument = new TypedDocumentString(`
    query ConnectionsAsService {
  connections {
    id
  }
}
    `) as unknown as TypedDocumentString<ConnectionsAsServiceQuery, ConnectionsAsServiceQueryVariables>;
export const StartAsServiceDocument = new TypedDocumentString(`
    mutation StartAsService($input: StartOAuthInput!) {
  startOAuth(input: $input) {
    authorizationUrl
  }
}
    `) as unknown as TypedDocumentString<StartAsServiceMutation, StartAsServiceMutationVariables>;
export const LifecycleConnectionsDocument = new TypedDocumentString(`
    query LifecycleConnections {
  connections(provider: GOOGLE) {
    id
    status
    statusReason
  }
}
    `) as unknown as TypedDocumentString<LifecycleConnectionsQuery, LifecycleConnectionsQueryVariables>;
export const SupabaseCatalogDocument = new TypedDocumentString(`
    query SupabaseCatalog {
  tools(provider: SUPABASE) {
    name
    credential
  }
}
    `) as unknown as TypedDocumentString<SupabaseCatalogQuery, SupabaseCatalogQueryVariables>;
export const BindProjectDocument = new TypedDocumentString(`
    mutation BindProject($input: BindResourceInput!) {
  bindResource(input: $input) {
    id
    metadata
  }
}
    `) as unknown as TypedDocumentString<BindProjectMutation, BindProjectMutationVariables>;
export const ResolveToolDocument = new TypedDocumentString(`
    query ResolveTool($userId: ID!, $connectionId: ID!, $tool: String!, $resourceId: String) {
  resolveCredential(
    userId: $userId
    connectionId: $connectionId
    tool: $tool
    resourceId: $resourceId
  ) {
    credential
    accessToken
    resourceId
    resourceUrl
  }
}
    `) as unknown as TypedDocumentString<ResolveToolQuery, ResolveToolQueryVariables>;
export const ToolsDocument = new TypedDocumentString(`
    query Tools($provider: IntegrationProvider) {
  tools(provider: $provider) {
    name
    provider
    requiredScopes
    credential
  }
}
    `) as unknown as TypedDocumentString<ToolsQuery, ToolsQueryVariables>;
export const ToolDocument = new TypedDocumentString(`
    query Tool($name: String!) {
  tool(name: $name) {
    name
    provider
    description
    requiredScopes
    inputSchema
    parameters {
      name
      type
      description
      required
      itemsType
      allowedValues
      defaultValue
      picker {
        type
        filter {
          mimeTypes
        }
        dependsOn
        valueField
        spec
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ToolQuery, ToolQueryVariables>;
export const RequiredScopesDocument = new TypedDocumentString(`
    query RequiredScopes($provider: IntegrationProvider!, $tools: [String!]!) {
  requiredScopes(provider: $provider, tools: $tools)
}
    `) as unknown as TypedDocumentString<RequiredScopesQuery, RequiredScopesQueryVariables>;
export const ConnectionToolsDocument = new TypedDocumentString(`
    query ConnectionTools($id: ID!, $tools: [String!]!) {
  connection(id: $id) {
    id
    status
    scopes
    missingScopes(tools: $tools)
    canUse(tools: $tools)
  }
}
    `) as unknown as TypedDocumentString<ConnectionToolsQuery, ConnectionToolsQueryVariables>;
export const ResolveCredentialDocument = new TypedDocumentString(`
    query ResolveCredential($userId: ID!, $connectionId: ID!, $tool: String!, $returnTo: String) {
  resolveCredential(
    userId: $userId
    connectionId: $connectionId
    tool: $tool
    returnTo: $returnTo
  ) {
    connectionId
    provider
    accountId
    accessToken
    tokenType
    expiresAt
    scopes
  }
}
    `) as unknown as TypedDocumentString<ResolveCredentialQuery, ResolveCredentialQueryVariables>;
export const StartOAuthDocument = new TypedDocumentString(`
    mutation StartOAuth($input: StartOAuthInput!) {
  startOAuth(input: $input) {
    authorizationUrl
    provider
    scopes
  }
}
    `) as unknown as TypedDocumentString<StartOAuthMutation, StartOAuthMutationVariables>;
export const CompleteOAuthDocument = new TypedDocumentString(`
    mutation CompleteOAuth($code: String!) {
  completeOAuth(code: $code) {
    accountChanged
    provider
    connection {
      id
      accountId
      accountLabel
      scopes
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CompleteOAuthMutation, CompleteOAuthMutationVariables>;
export const ResourcesDocument = new TypedDocumentString(`
    query Resources($connectionId: ID!, $type: ResourceType!, $parentId: ID, $filter: ResourceFilter, $search: String, $first: Int, $after: String) {
  resources(
    connectionId: $connectionId
    type: $type
    parentId: $parentId
    filter: $filter
    search: $search
    first: $first
    after: $after
  ) {
    edges {
      cursor
      node {
        id
        resourceId
        name
        type
        kind
        mimeType
        hasChildren
        parentId
        webUrl
        modifiedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ResourcesQuery, ResourcesQueryVariables>;
export const ConnectSupabaseForResourcesDocument = new TypedDocumentString(`
    mutation ConnectSupabaseForResources($input: ConnectSupabaseInput!) {
  connectSupabase(input: $input) {
    connection {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectSupabaseForResourcesMutation, ConnectSupabaseForResourcesMutationVariables>;