import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Browser } from "playwright-core";
import { startPreview, Preview } from "../../../scripts/preview";
import { launch, newSession, OFFICE_CDN, Session, unexpectedOutside } from "./browser";
import { openPane } from "./pane";
import { E2E_DIST } from "./paths";

// One preview server and one browser per spec file; a fresh browser context per test. After every test:
// no request left localhost except the blocked office.js attempt, and the page threw nothing.

export interface Suite {
  /** A new context with the pane open in standalone mode. */
  pane(): Promise<Session>;
  readonly url: string;
}

export function useStandalonePane(): Suite {
  let preview: Preview;
  let browser: Browser;
  let session: Session | null = null;

  beforeAll(async () => {
    preview = await startPreview({ root: E2E_DIST });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });
  afterEach(async () => {
    const s = session;
    session = null;
    if (!s) return;
    await s.close();
    expect(unexpectedOutside(s)).toEqual([]);
    // office.js was asked for (as in Office) and blocked; the pane started anyway.
    expect(s.outside.filter((u) => OFFICE_CDN.test(u)).length).toBeGreaterThan(0);
    expect(s.pageErrors).toEqual([]);
  });

  return {
    get url() {
      return preview.url;
    },
    async pane() {
      session = await newSession(browser);
      await openPane(session.page, preview.url);
      return session;
    },
  };
}

/** A scratch folder for the books a spec writes: made before its tests, removed after them. */
export function useScratchDir(): () => string {
  let dir = "";
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "laa-e2e-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}
