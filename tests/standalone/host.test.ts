import { detectHost } from "../../addin/standalone/host";

// Which mode the pane starts in: Excel only when Office says so; otherwise standalone, including when
// office.js never loaded (offline) or loaded and never called back.

type OfficeLike = { onReady?: () => Promise<{ host: string | null }>; HostType: { Excel: string } };
const global = globalThis as unknown as { Office?: OfficeLike };

afterEach(() => {
  delete global.Office;
});

function office(onReady: () => Promise<{ host: string | null }>): void {
  global.Office = { onReady, HostType: { Excel: "Excel" } };
}

test("office.js did not load: standalone", async () => {
  await expect(detectHost()).resolves.toBe("none");
});

test("a plain browser (Office.onReady reports no host): standalone", async () => {
  office(async () => ({ host: null }));
  await expect(detectHost()).resolves.toBe("none");
});

test("inside Excel: the open workbook", async () => {
  office(async () => ({ host: "Excel" }));
  await expect(detectHost()).resolves.toBe("excel");
});

test("another Office host (Word): standalone, since the pane works on Excel workbooks only", async () => {
  office(async () => ({ host: "Word" }));
  await expect(detectHost()).resolves.toBe("none");
});

test("office.js loaded but never answers: standalone after the wait, not a pane stuck on Starting…", async () => {
  office(() => new Promise(() => undefined));
  const started = Date.now();
  await expect(detectHost(50)).resolves.toBe("none");
  expect(Date.now() - started).toBeLessThan(1000);
});
