import { Browser, BrowserContext, chromium, Page } from "playwright-core";

// Debian's Chromium driven by playwright-core. Every request that leaves localhost is aborted and
// recorded, so a test can assert the pane made none (office.js from Microsoft's CDN is the one expected
// attempt: the pane must survive it being blocked).

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // A second fence behind the routing below: no host name but localhost resolves at all.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
];

/** office.js, as generated add-ins load it from Microsoft's CDN. */
export const OFFICE_CDN = /^https:\/\/appsforoffice\.microsoft\.com\//;

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every request made to anywhere but localhost (all of them were aborted). */
  outside: string[];
  /** Every request the page made, in order (to see what loads when). */
  requests: string[];
  /** Uncaught errors in the page: a user would see a broken pane. */
  pageErrors: string[];
  close(): Promise<void>;
}

function isLocal(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) return true;
  try {
    const host = new URL(url).hostname;
    return host === "localhost" || host === "127.0.0.1";
  } catch {
    return false;
  }
}

export async function newSession(browser: Browser): Promise<Session> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 420, height: 900 }, locale: "en-GB" });
  const outside: string[] = [];
  const requests: string[] = [];
  const pageErrors: string[] = [];
  context.on("request", (request) => {
    requests.push(request.url());
    if (!isLocal(request.url())) outside.push(request.url());
  });
  await context.route("**/*", (route) => (isLocal(route.request().url()) ? route.continue() : route.abort("blockedbyclient")));
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return { context, page, outside, requests, pageErrors, close: () => context.close() };
}

/** The requests that left localhost other than the expected (blocked) office.js attempt. */
export function unexpectedOutside(session: Session): string[] {
  return session.outside.filter((url) => !OFFICE_CDN.test(url));
}
