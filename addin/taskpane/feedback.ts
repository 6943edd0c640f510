// Feedback beside the control that started the work: progress while it runs, then one sentence. Each
// view has its own status area, under its action, so news never appears somewhere the user is not
// looking; it is scrolled into view when it appears.

export type Tone = "problem" | "info";

/**
 * Resolves once the browser has had the chance to paint what was just put on screen: after the next
 * animation frame, then a task. Heavy work started after this cannot hold back the progress the user
 * was promised. A hidden page never runs animation frames, hence the timeout beside it.
 */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve, 0);
    const timer = setTimeout(done, 50);
    if (typeof requestAnimationFrame === "function") {
      requestAnimationFrame(() => {
        clearTimeout(timer);
        done();
      });
    }
  });
}

export class Feedback {
  constructor(readonly box: HTMLElement) {}

  /** Shows progress, then waits for it to be painted. A fraction shows how far, otherwise the bar just moves. */
  async busy(text: string, fraction?: number): Promise<void> {
    const doc = this.box.ownerDocument;
    let row = this.box.querySelector<HTMLElement>(".progress");
    if (!row) {
      row = doc.createElement("div");
      row.className = "progress";
      const bar = doc.createElement("progress");
      const label = doc.createElement("span");
      label.className = "progress-text";
      label.id = `${this.box.id}-progress-text`;
      bar.setAttribute("aria-labelledby", label.id);
      row.append(bar, label);
    }
    this.box.replaceChildren(row);
    row.querySelector(".progress-text")!.textContent = text;
    const bar = row.querySelector("progress")!;
    if (fraction === undefined) bar.removeAttribute("value");
    else bar.value = fraction;
    this.reveal();
    await nextPaint();
  }

  /**
   * One sentence: "info" for news, otherwise a problem. Replaces any progress. A side note (`reveal`
   * false) is not scrolled to, so it never takes the view from the outcome of the action itself.
   */
  say(text: string, tone: Tone = "problem", reveal = true): void {
    const message = this.box.ownerDocument.createElement("p");
    message.className = `message${tone === "info" ? " info" : ""}`;
    message.textContent = text;
    this.box.replaceChildren(message);
    if (reveal) this.reveal();
  }

  /** Ends progress, keeping any sentence said. */
  done(): void {
    this.box.querySelector(".progress")?.remove();
  }

  clear(): void {
    this.box.replaceChildren();
  }

  get text(): string {
    return this.box.textContent ?? "";
  }

  private reveal(): void {
    // jsdom has no layout and no scrollIntoView.
    this.box.scrollIntoView?.({ block: "nearest" });
  }
}
