import { OfficeMockObject } from "office-addin-mock";
import { DOCX_TYPE, MAX_HANDOFF_URL, browserDownload, browserHandoff, deliveryFor, filesFromFragment, handoffUrl } from "../../addin/standalone/download";

// How a document reaches the user in Excel on Mac, where the web view ignores downloads: opened in the
// user's own browser on the add-in's save page, the file in the address's fragment. Never a download
// claimed that did not happen.

const BASE = "https://scorecard.essex.example/laa/taskpane.html?_host_Info=Excel$Mac$16.00$en-GB";
const review = { fileName: "Safer Essex annual review.docx", type: DOCX_TYPE, bytes: new Uint8Array([80, 75, 3, 4, 0, 255, 254, 10, 13]) };

/** Office on a Mac under office-addin-mock: what openBrowserWindow was given. */
function macOffice(supported = true) {
  const opened: string[] = [];
  const mock = new OfficeMockObject({
    context: {
      platform: "Mac",
      ui: { openBrowserWindow: (url: string) => opened.push(url) },
      requirements: { isSetSupported: (name: string, version: string) => supported && name === "OpenBrowserWindowApi" && version === "1.1" },
    },
  });
  mock.load("context/platform");
  void mock.sync();
  return { office: mock as unknown as Parameters<typeof browserHandoff>[0], opened };
}

test("on a Mac the documents are opened in the browser on the add-in's own save page, bytes intact", async () => {
  const { office, opened } = macOffice();
  const zip = { fileName: "Annual reviews.zip", type: "application/zip", bytes: new Uint8Array(5000).map((_, i) => (i * 7) % 256) };
  await expect(deliveryFor("Mac", office, BASE).deliver([review, zip])).resolves.toEqual({ kind: "handed-to-browser" });
  expect(opened).toHaveLength(1);
  const url = new URL(opened[0]);
  expect(url.origin + url.pathname).toBe("https://scorecard.essex.example/laa/save.html");
  // Nothing in the query: the files ride in the fragment, which a browser never sends to a server.
  expect(url.search).toBe("");
  const back = filesFromFragment(url.hash);
  expect(back.map((f) => [f.fileName, f.type])).toEqual([[review.fileName, review.type], [zip.fileName, zip.type]]);
  expect([...back[0].bytes]).toEqual([...review.bytes]);
  expect([...back[1].bytes]).toEqual([...zip.bytes]);
});

test("files too big for one address go one per window; a file too big for any is not claimed as saved", async () => {
  const { office, opened } = macOffice();
  const big = { fileName: "big.docx", type: DOCX_TYPE, bytes: new Uint8Array(MAX_HANDOFF_URL * 0.6) };
  await expect(browserHandoff(office, BASE).deliver([big, { ...big, fileName: "big2.docx" }])).resolves.toEqual({ kind: "handed-to-browser" });
  expect(opened).toHaveLength(2);
  const huge = { fileName: "huge.docx", type: DOCX_TYPE, bytes: new Uint8Array(MAX_HANDOFF_URL) };
  const outcome = await browserHandoff(office, BASE).deliver([huge]);
  expect(outcome).toMatchObject({ kind: "not-delivered", sentence: expect.stringMatching(/too large to hand from Excel to your browser/) });
  expect(opened).toHaveLength(2);
});

test("an Excel for Mac without OpenBrowserWindowApi 1.1: nothing is claimed, one sentence says what to do", async () => {
  const { office, opened } = macOffice(false);
  const outcome = await deliveryFor("Mac", office, BASE).deliver([review]);
  expect(outcome).toMatchObject({ kind: "not-delivered", sentence: expect.stringMatching(/cannot save files from an add-in/) });
  expect(opened).toEqual([]);
});

test("the web and a plain browser use the browser's own download; Windows too, with the browser as a second way", () => {
  const { office } = macOffice();
  expect(deliveryFor("PC", office, BASE)).not.toBe(browserDownload);
  expect(deliveryFor("PC", undefined, BASE)).toBe(browserDownload);
  expect(deliveryFor("OfficeOnline", office, BASE)).toBe(browserDownload);
  expect(deliveryFor(null, undefined, BASE)).toBe(browserDownload);
  expect(deliveryFor("iOS", office, BASE)).not.toBe(browserDownload);
  expect(handoffUrl([review], BASE).startsWith("https://scorecard.essex.example/laa/save.html#name=")).toBe(true);
});

test("a .zip too long for one address goes as its papers, one per window, each read back whole", async () => {
  const { office, opened } = macOffice();
  // Random bytes, as a .zip's are: base64 makes about 4 characters of every 3 bytes.
  const bytes = (n: number, seed: number) => new Uint8Array(n).map((_, i) => (i * 31 + seed * 17 + ((i * i) >> 3)) % 256);
  const zip = { fileName: "Annual reviews Q2 2009-10.zip", type: "application/zip", bytes: bytes(Math.ceil(MAX_HANDOFF_URL * 0.76), 1) };
  const papers = [1, 2, 3].map((n) => ({ fileName: `Partnership ${n} annual review Q2 2009-10.docx`, type: DOCX_TYPE, bytes: bytes(Math.ceil(MAX_HANDOFF_URL * 0.3), n) }));
  expect(handoffUrl([zip], BASE).length).toBeGreaterThan(MAX_HANDOFF_URL);
  await expect(browserHandoff(office, BASE).deliver([zip], papers)).resolves.toEqual({ kind: "handed-to-browser", separately: 3 });
  expect(opened).toHaveLength(3);
  for (const [i, url] of opened.entries()) {
    expect(url.length).toBeLessThanOrEqual(MAX_HANDOFF_URL);
    const [back] = filesFromFragment(new URL(url).hash);
    expect(back.fileName).toBe(papers[i].fileName);
    expect(Buffer.compare(Buffer.from(back.bytes), Buffer.from(papers[i].bytes))).toBe(0);
  }
  // A .zip that fits goes whole, in one window.
  const small = { ...zip, bytes: bytes(1000, 9) };
  await expect(browserHandoff(office, BASE).deliver([small], papers)).resolves.toEqual({ kind: "handed-to-browser" });
  expect(opened).toHaveLength(4);
  expect(filesFromFragment(new URL(opened[3]).hash).map((f) => f.fileName)).toEqual([zip.fileName]);
});
