import { param, withCredential, type ResourcePicker } from "./types.js";

/** GitHub tools: repository reads and pull requests. `repo` covers private repositories too. */
const REPO: ResourcePicker = { resourceType: "GITHUB_REPO" };
const BRANCH: ResourcePicker = { resourceType: "GITHUB_BRANCH", dependsOn: "repository", valueField: "name" };
const FILE: ResourcePicker = { resourceType: "GITHUB_FILE", dependsOn: "ref", valueField: "path" };

const repository = param("repository", "string", "The repository as owner/name.", { required: true, picker: REPO });
const pullNumber = param("pull_number", "integer", "The pull request number.", { required: true });

/** Every GitHub tool receives the user's OAuth token, which carries the connection's scopes (at least the tool's). */
export const githubTools = withCredential("OAUTH_ACCESS_TOKEN", [
  {
    name: "github_get_authenticated_user",
    provider: "github",
    description: "Reads the connected account's profile (login, name, avatar).",
    scopes: ["read:user"],
    parameters: [],
  },
  {
    name: "github_list_repositories",
    provider: "github",
    description: "Lists repositories the user owns, collaborates on or can see through an organization.",
    scopes: ["repo"],
    parameters: [
      param("visibility", "string", "Which repositories.", { enum: ["all", "public", "private"], default: "all" }),
      param("sort", "string", "Order.", { enum: ["created", "updated", "pushed", "full_name"], default: "full_name" }),
    ],
  },
  { name: "github_get_repository", provider: "github", description: "Reads a repository's details: default branch, visibility, topics, permissions.", scopes: ["repo"], parameters: [repository] },
  { name: "github_list_branches", provider: "github", description: "Lists a repository's branches.", scopes: ["repo"], parameters: [repository] },
  {
    name: "github_get_file_contents",
    provider: "github",
    description: "Reads a file (decoded) or lists a directory at a branch, tag or commit.",
    scopes: ["repo"],
    parameters: [
      repository,
      param("ref", "string", "Branch, tag or commit; default: the default branch.", { picker: BRANCH }),
      param("path", "string", "Path inside the repository; default: the root.", { picker: FILE }),
    ],
  },
  {
    name: "github_list_pull_requests",
    provider: "github",
    description: "Lists pull requests, optionally by state and base branch.",
    scopes: ["repo"],
    parameters: [
      repository,
      param("state", "string", "Which pull requests.", { enum: ["open", "closed", "all"], default: "open" }),
      param("base", "string", "Only those merging into this branch.", { picker: BRANCH }),
    ],
  },
  { name: "github_get_pull_request", provider: "github", description: "Reads one pull request: title, body, state, head and base, mergeability.", scopes: ["repo"], parameters: [repository, pullNumber] },
  { name: "github_list_pull_request_files", provider: "github", description: "Lists the files a pull request changes, with their patches.", scopes: ["repo"], parameters: [repository, pullNumber] },
  {
    name: "github_create_pull_request",
    provider: "github",
    description: "Opens a pull request from one branch into another.",
    scopes: ["repo"],
    parameters: [
      repository,
      param("title", "string", "Title.", { required: true }),
      param("head", "string", "The branch with the changes.", { required: true, picker: BRANCH }),
      param("base", "string", "The branch to merge into.", { required: true, picker: BRANCH }),
      param("body", "string", "Description (Markdown)."),
      param("draft", "boolean", "Open as a draft.", { default: false }),
    ],
  },
  {
    name: "github_comment_on_pull_request",
    provider: "github",
    description: "Adds a comment to a pull request's conversation.",
    scopes: ["repo"],
    parameters: [repository, pullNumber, param("body", "string", "The comment (Markdown).", { required: true })],
  },
  {
    name: "github_merge_pull_request",
    provider: "github",
    description: "Merges a pull request.",
    scopes: ["repo"],
    parameters: [repository, pullNumber, param("merge_method", "string", "How to merge.", { enum: ["merge", "squash", "rebase"], default: "merge" })],
  },
]);
