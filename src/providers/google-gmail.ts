import { nameMatches, pageOfList } from "./paging.js";
import { expectList, expectObject } from "./shape.js";
import type { ResourceHttp, ResourceItem, ResourceListQuery, ResourcePage } from "./types.js";

// Gmail v1: labels.list answers every label at once (no paging); labels.get adds the counts.
interface Label { id: string; name: string; type?: "system" | "user"; messageListVisibility?: string; labelListVisibility?: string; messagesTotal?: number; messagesUnread?: number; color?: { backgroundColor?: string } }

const LABEL_SHAPE = { id: "string", name: "string" } as const;
const labelOf = (l: Label): ResourceItem => ({
  type: "GMAIL_LABEL", id: l.id, name: l.name, kind: "LABEL", mimeType: null,
  webUrl: `https://mail.google.com/mail/u/0/#label/${encodeURIComponent(l.name)}`, iconUrl: null, modifiedAt: null, hasChildren: false, parent: null,
  attributes: {
    labelType: l.type === "system" ? "SYSTEM" : "USER", messageListVisibility: l.messageListVisibility ?? null, labelListVisibility: l.labelListVisibility ?? null,
    messagesTotal: l.messagesTotal ?? null, messagesUnread: l.messagesUnread ?? null, color: l.color?.backgroundColor ?? null,
  },
});

export function createGmail(apiBaseUrl: string) {
  const api = (path: string) => `${apiBaseUrl}/gmail/v1/users/me${path}`;
  return {
    /** System labels first, then by name; a flat list. */
    async list(http: ResourceHttp, q: ResourceListQuery): Promise<ResourcePage> {
      if (q.parentId || q.filter.mimeTypes || (q.filter.kinds && !q.filter.kinds.includes("LABEL"))) return { items: [], hasNextPage: false };
      const { body } = await http.get<{ labels?: Label[] }>(api("/labels"));
      const all = expectList<Label>("google", body?.labels, "labels.list", LABEL_SHAPE).map(labelOf).filter((l) => nameMatches(l.name, q.search));
      all.sort((a, b) => String(a.attributes.labelType).localeCompare(String(b.attributes.labelType)) || a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
      return pageOfList(all, q.first, q.after);
    },
    async get(http: ResourceHttp, id: string): Promise<ResourceItem> {
      return labelOf(expectObject<Label>("google", (await http.get(api(`/labels/${encodeURIComponent(id)}`))).body, "a label", LABEL_SHAPE));
    },
  };
}
