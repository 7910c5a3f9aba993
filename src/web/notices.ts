/** The message area at the top of the page: one notice at a time, with buttons when the user can act. */
import { byId, busy, h } from "./dom.js";

export type NoticeKind = "success" | "error" | "info";

export interface NoticeAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface Notice {
  kind: NoticeKind;
  text: string;
  actions?: NoticeAction[];
}

/** Renders a notice (into the top area by default) and returns its element. */
export function notify(notice: Notice, into: HTMLElement = byId("notices")): HTMLElement {
  const buttons = (notice.actions ?? []).map((action) => {
    const button = h("button", { type: "button", class: "primary" }, action.label);
    button.addEventListener("click", () => void busy(button, async () => action.run()));
    return button;
  });
  const dismiss = h("button", { type: "button", class: "link", "aria-label": "Dismiss message", onclick: () => element.remove() }, "Dismiss");
  const element = h(
    "div",
    { class: `notice ${notice.kind}`, "data-kind": notice.kind, role: notice.kind === "error" ? "alert" : undefined },
    h("p", {}, notice.text),
    h("div", { class: "actions" }, ...buttons, dismiss),
  );
  into.replaceChildren(element);
  return element;
}

export function clearNotices(into: HTMLElement = byId("notices")) {
  into.replaceChildren();
}
