import type { ScopeHierarchy } from "./types.js";

/**
 * GitHub OAuth App scopes (docs.github.com "Scopes for OAuth apps"): a parent scope includes its
 * children; tokens store a normalized list (`user,user:email` → `user`).
 */
const includes: Record<string, string[]> = {
  repo: ["repo:status", "repo_deployment", "public_repo", "repo:invite", "security_events"],
  user: ["read:user", "user:email", "user:follow"],
  "admin:org": ["write:org", "manage_runners:org"],
  "write:org": ["read:org"],
  "admin:repo_hook": ["write:repo_hook"],
  "write:repo_hook": ["read:repo_hook"],
  "admin:public_key": ["write:public_key"],
  "write:public_key": ["read:public_key"],
  "admin:gpg_key": ["write:gpg_key"],
  "write:gpg_key": ["read:gpg_key"],
  "admin:ssh_signing_key": ["write:ssh_signing_key"],
  "write:ssh_signing_key": ["read:ssh_signing_key"],
  project: ["read:project"],
  "write:discussion": ["read:discussion"],
  "write:packages": ["read:packages"],
  "admin:enterprise": ["manage_runners:enterprise", "manage_billing:enterprise", "read:enterprise"],
  codespace: ["codespace:secrets"],
};

export const githubScopes: ScopeHierarchy = {
  normalize: (scope) => scope.trim().toLowerCase(),
  includes,
  // GitHub: only GitHub App user tokens come with a refresh token, and they carry no OAuth scopes
  // (`scope: ""`): the app's fixed permissions decide, and GitHub answers 403 when one is missing.
  appliesTo: (connection) => !connection.hasRefreshToken,
};
