import { OfficeMockObject } from "office-addin-mock";
import { HostDecision, PageContext, officeSigns, startHost } from "../../addin/standalone/host";

// Which mode the pane starts in, decided by Office: Excel when Office.onReady says so, however late it
// answers; standalone only in a plain browser (no sign of Office at all); never standalone while Office
// may still answer.

const plainBrowser: PageContext = { location: { search: "", hash: "" }, name: "", framed: false, sessionStorage: null };
const inExcelDesktop: PageContext = { ...plainBrowser, location: { search: "?_host_Info=Excel$Win32$16.01$en-GB$$$$0", hash: "" } };
const inExcelOnMac: PageContext = { ...plainBrowser, webkit: { messageHandlers: { Agave: {} } } };

/**
 * An Office global under office-addin-mock whose onReady answers after `ms` (never, with Infinity).
 * Its enumerations are loaded up front: office.js's namespace objects need no load.
 */
function office(info: { host: string | null; platform: string | null }, ms = 0) {
  const mock = new OfficeMockObject({
    HostType: { Excel: "Excel", Word: "Word" },
    onReady: () => new Promise((resolve) => (ms === Infinity ? undefined : setTimeout(() => resolve(info), ms))),
  });
  mock.load("HostType/Excel, HostType/Word");
  void mock.sync();
  return mock as unknown as typeof Office;
}

async function decided(promise: Promise<HostDecision>): Promise<HostDecision | "pending"> {
  return Promise.race([promise, Promise.resolve().then(() => "pending" as const)]);
}

afterEach(() => jest.useRealTimers());

test("the signs Office leaves on every add-in page, and none in a plain browser", () => {
  expect(officeSigns(plainBrowser)).toEqual([]);
  expect(officeSigns(inExcelDesktop)).toEqual(["_host_Info"]);
  expect(officeSigns(inExcelOnMac)).toEqual(["webkit Agave"]);
  expect(officeSigns({ ...plainBrowser, framed: true })).toEqual(["framed"]);
  expect(officeSigns({ ...plainBrowser, sessionStorage: { getItem: (k) => (k === "hostInfoValue" ? "Excel|Web|16.00" : null) } })).toEqual(["sessionStorage"]);
  expect(officeSigns({ ...plainBrowser, external: { GetContext: () => ({}) } })).toEqual(["window.external"]);
});

test("office.js did not load in a plain browser (offline): standalone at once", async () => {
  await expect(startHost({ page: plainBrowser })).resolves.toEqual({ kind: "standalone" });
});

test("office.js did not load in a page Office started: said so, never standalone", async () => {
  await expect(startHost({ page: inExcelDesktop })).resolves.toEqual({ kind: "office-unavailable" });
});

test("a plain browser where Office.onReady answers with no host: standalone", async () => {
  await expect(startHost({ office: office({ host: null, platform: null }), page: plainBrowser })).resolves.toEqual({ kind: "standalone" });
});

test("inside Excel: the open workbook, with the platform Office names", async () => {
  await expect(startHost({ office: office({ host: "Excel", platform: "PC" }), page: inExcelDesktop })).resolves.toEqual({ kind: "excel", platform: "PC" });
});

test("Word: not standalone, and not Excel", async () => {
  await expect(startHost({ office: office({ host: "Word", platform: "PC" }), page: inExcelDesktop })).resolves.toEqual({ kind: "other-host", host: "Word" });
});

test("a cold start: Office answers after 20 s; the pane waits, says it is starting, and opens in Excel", async () => {
  jest.useFakeTimers();
  const stages: string[] = [];
  const started = startHost({ office: office({ host: "Excel", platform: "Mac" }, 20_000), page: inExcelOnMac, onWaiting: (s) => stages.push(s) });
  await jest.advanceTimersByTimeAsync(500);
  expect(stages).toEqual(["starting"]);
  await jest.advanceTimersByTimeAsync(9_000);
  expect(await decided(started)).toBe("pending");
  await jest.advanceTimersByTimeAsync(6_000);
  expect(stages).toEqual(["starting", "slow"]);
  expect(await decided(started)).toBe("pending");
  await jest.advanceTimersByTimeAsync(5_000);
  await expect(started).resolves.toEqual({ kind: "excel", platform: "Mac" });
});

test("a page Office started whose onReady never answers: still waiting after a minute, never standalone", async () => {
  jest.useFakeTimers();
  const started = startHost({ office: office({ host: "Excel", platform: "PC" }, Infinity), page: inExcelDesktop });
  await jest.advanceTimersByTimeAsync(60_000);
  expect(await decided(started)).toBe("pending");
});

test("a plain browser whose office.js files were blocked (onReady never answers): standalone after a short wait", async () => {
  jest.useFakeTimers();
  const started = startHost({ office: office({ host: null, platform: null }, Infinity), page: plainBrowser });
  await jest.advanceTimersByTimeAsync(4_000);
  expect(await decided(started)).toBe("pending");
  await jest.advanceTimersByTimeAsync(1_500);
  await expect(started).resolves.toEqual({ kind: "standalone" });
});
