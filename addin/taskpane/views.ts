// The views under the title (Check, Summary, Documents, Returns, Settings) as an ARIA tab list: one Tab stop for
// the whole list, the arrow keys, Home and End move between views and show them (WAI-ARIA
// Authoring Practices, tabs with automatic activation).

export type ViewName = "check" | "summary" | "documents" | "returns" | "settings";
export const VIEWS: ViewName[] = ["check", "summary", "documents", "returns", "settings"];

export class Views {
  private current: ViewName = "check";

  constructor(
    private readonly doc: Document,
    private readonly onShow: (view: ViewName) => void = () => undefined,
  ) {
    for (const view of VIEWS) {
      const tab = this.tab(view);
      tab.addEventListener("click", () => this.show(view));
      tab.addEventListener("keydown", (event) => this.key(event, view));
    }
  }

  get shown(): ViewName {
    return this.current;
  }

  /** Shows a view; `focus` moves the keyboard to its tab (after a control that was used disappears). */
  show(view: ViewName, focus = false): void {
    this.current = view;
    for (const other of VIEWS) {
      const selected = other === view;
      const tab = this.tab(other);
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
      this.doc.getElementById(`view-${other}`)!.hidden = !selected;
    }
    if (focus) this.tab(view).focus();
    this.onShow(view);
  }

  tab(view: ViewName): HTMLElement {
    return this.doc.getElementById(`tab-${view}`)!;
  }

  private key(event: KeyboardEvent, from: ViewName): void {
    const at = VIEWS.indexOf(from);
    const to =
      event.key === "ArrowRight" || event.key === "ArrowDown" ? VIEWS[(at + 1) % VIEWS.length]
      : event.key === "ArrowLeft" || event.key === "ArrowUp" ? VIEWS[(at + VIEWS.length - 1) % VIEWS.length]
      : event.key === "Home" ? VIEWS[0]
      : event.key === "End" ? VIEWS[VIEWS.length - 1]
      : null;
    if (!to) return;
    event.preventDefault();
    this.show(to, true);
  }
}
