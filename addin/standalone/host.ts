// Whether the pane runs inside Office, decided by Office itself. Microsoft documents two answers from
// Office.onReady: inside an Office application it resolves with the host and platform; opened in a
// plain browser it resolves with null for both (Initialize your Office Add-in). Script Lab, Microsoft's
// own add-in, waits for Office.onReady without a time limit and takes "no host" to mean a browser.
// So does this: while Office may still answer (the page carries the host information Office gives
// every add-in it starts), the pane waits, however long a cold start takes, and shows that it is
// starting. Only a page with no sign of Office at all is a plain browser, and goes standalone.

export type HostDecision =
  /** Inside Excel: platform as Office names it ("PC", "Mac", "OfficeOnline", "iOS" ...). */
  | { kind: "excel"; platform: string | null }
  /** A plain browser: open an .xlsx from the computer. */
  | { kind: "standalone" }
  /** Another Office application (the manifest asks for Excel only; a hand-made sideload could differ). */
  | { kind: "other-host"; host: string }
  /** Started by Office, but office.js itself never loaded (blocked by a network filter or offline). */
  | { kind: "office-unavailable" };

/** What the host information lives in (a window, or a plain object in tests). */
export interface PageContext {
  location: { search: string; hash: string };
  name: string;
  /** True when the page is inside a frame (Office on the web hosts add-ins in an iframe). */
  framed: boolean;
  external?: unknown;
  webkit?: { messageHandlers?: Record<string, unknown> };
  sessionStorage?: Pick<Storage, "getItem"> | null;
}

export function pageContext(win: Window = window): PageContext {
  let storage: Storage | null = null;
  try {
    storage = win.sessionStorage;
  } catch {
    // Storage refused (privacy settings): one sign fewer, nothing more.
  }
  let framed = true;
  try {
    framed = win.top !== win.self;
  } catch {
    // A cross-origin parent: certainly framed.
  }
  const extra = win as unknown as { external?: unknown; webkit?: PageContext["webkit"] };
  return { location: win.location, name: win.name, framed, external: extra.external, webkit: extra.webkit, sessionStorage: storage };
}

/**
 * The signs that Office started this page, as office.js itself looks for them (office.js,
 * _retrieveHostInfo): the _host_Info query parameter (Office on the web and desktop), the host's own
 * bridge (window.external.GetHostInfo or GetContext on Windows, the Agave message handler of the Mac's
 * WebKit view), host information in window.name or left in sessionStorage by an earlier page of the
 * add-in, the _xdm_Info of older Office on the web, and being framed. None of them: a plain browser.
 */
export function officeSigns(page: PageContext): string[] {
  const signs: string[] = [];
  const query = `${page.location.search}${page.location.hash}`;
  if (/[?&#]_host_Info=/.test(query)) signs.push("_host_Info");
  if (/[?&#]_xdm_Info=/.test(query)) signs.push("_xdm_Info");
  const external = page.external as Record<string, unknown> | undefined;
  if (external && (typeof external.GetHostInfo === "function" || typeof external.GetContext === "function")) signs.push("window.external");
  if (page.webkit?.messageHandlers?.Agave) signs.push("webkit Agave");
  if (/"hostInfo"/.test(page.name)) signs.push("window.name");
  if (page.sessionStorage?.getItem("hostInfoValue")) signs.push("sessionStorage");
  if (page.framed) signs.push("framed");
  return signs;
}

export interface StartOptions {
  /** The Office global, when office.js loaded. */
  office?: Pick<typeof Office, "onReady" | "HostType">;
  page?: PageContext;
  /** Told when Office is slow to answer: "starting" soon after, "slow" much later; the pane says so. */
  onWaiting?(stage: "starting" | "slow"): void;
  /** A page with no sign of Office whose onReady never answers (office.js's own files blocked). */
  plainBrowserWaitMs?: number;
  startingAfterMs?: number;
  slowAfterMs?: number;
}

export async function startHost(options: StartOptions = {}): Promise<HostDecision> {
  const office = options.office ?? (globalThis as { Office?: typeof Office }).Office;
  const page = options.page ?? pageContext();
  const inOffice = officeSigns(page).length > 0;
  if (!office || typeof office.onReady !== "function") return inOffice ? { kind: "office-unavailable" } : { kind: "standalone" };

  const timers: ReturnType<typeof setTimeout>[] = [];
  const later = (ms: number, fn: () => void) => timers.push(setTimeout(fn, ms));
  later(options.startingAfterMs ?? 400, () => options.onWaiting?.("starting"));
  if (inOffice) later(options.slowAfterMs ?? 15_000, () => options.onWaiting?.("slow"));
  try {
    const answers: Promise<HostDecision>[] = [
      Promise.resolve(office.onReady()).then((info): HostDecision => {
        if (!info?.host) return { kind: "standalone" };
        if (info.host === office.HostType.Excel) return { kind: "excel", platform: info.platform ? String(info.platform) : null };
        return { kind: "other-host", host: String(info.host) };
      }),
    ];
    // Without any sign of Office, an office.js that never answers is a plain browser whose office.js
    // files were blocked: wait a little, not for ever. With a sign, never give up on Office.
    if (!inOffice) answers.push(new Promise((resolve) => later(options.plainBrowserWaitMs ?? 5000, () => resolve({ kind: "standalone" }))));
    return await Promise.race(answers);
  } catch {
    return inOffice ? { kind: "office-unavailable" } : { kind: "standalone" };
  } finally {
    for (const t of timers) clearTimeout(t);
  }
}
