// How a file made in the pane reaches the user, and what the pane may truthfully say about it.
//
// - A browser, Excel on the web and Excel on Windows (WebView2): the browser's own download, a Blob
//   behind an <a download> link clicked once.
// - Excel on Mac and iPad: their WebKit view ignores <a download> and never says so (OfficeDev/office-js
//   #2700 "by design", #3385, #4681). Microsoft's advice there (office-js#3662) is
//   Office.context.ui.openBrowserWindow with a page of the add-in's own, where the full browser makes
//   the file and downloads it. The pane does that: it opens save.html in the user's browser with the
//   file in the address's fragment (after #), which a browser never sends to any server, and the page
//   builds the file and offers it there. The pane then says the file was handed to the browser, never
//   that it was downloaded.

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const XLSM_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.12";
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const ZIP_TYPE = "application/zip";

export interface FileToSave {
  fileName: string;
  bytes: Uint8Array;
  type: string;
}

export type Delivered =
  /** The browser's download was started; `handOff` gives the same files to the user's browser instead (Excel on Windows). */
  | { kind: "download-started"; handOff?: () => Promise<Delivered> }
  /** Opened in the user's browser, which offers to save it (Mac, iPad); `separately` when a .zip's papers went one per window instead. */
  | { kind: "handed-to-browser"; separately?: number }
  /** Nothing reached the user; the sentence says why and what to do instead. */
  | { kind: "not-delivered"; sentence: string };

export interface Delivery {
  /**
   * Hands the files over. `separately`, when given, holds the same content as smaller files (the
   * papers a .zip packs): used where the files would not fit the way they are handed over.
   */
  deliver(files: readonly FileToSave[], separately?: readonly FileToSave[]): Promise<Delivered>;
}

/** A workbook's media type by its extension: a macro-enabled book is not a plain .xlsx. */
export function workbookType(fileName: string): string {
  return /\.xlsm$/i.test(fileName) ? XLSM_TYPE : XLSX_TYPE;
}

export function downloadBytes(bytes: Uint8Array | Blob, fileName: string, type: string = workbookType(fileName)): void {
  // A copy into a fresh ArrayBuffer: Blob parts must not be views over shared or resizable memory.
  const blob = bytes instanceof Blob ? bytes : new Blob([bytes.slice().buffer as ArrayBuffer], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const browserDownload: Delivery = {
  async deliver(files) {
    for (const file of files) downloadBytes(file.bytes, file.fileName, file.type);
    return { kind: "download-started" };
  },
};

/**
 * The longest address handed to the browser: 1,000,000 characters, about 740 KB of files. Tested: the
 * save page in Chromium reads back a file from an address of this length (tests/e2e/dashboard.e2e.ts);
 * Chromium and Edge take addresses up to 2 MB, Firefox up to 1 MB. Microsoft documents no limit for
 * openBrowserWindow, and Safari (the Mac's usual browser) none of its own; neither can be tried here.
 * Past it, a .zip's papers go one per window, each well under it (a sample annual review is about
 * 62,000 characters).
 */
export const MAX_HANDOFF_URL = 1_000_000;

/** The address of save.html carrying the files in its fragment. */
export function handoffUrl(files: readonly FileToSave[], base: string): string {
  const params = new URLSearchParams();
  for (const file of files) {
    params.append("name", file.fileName);
    params.append("type", file.type);
    params.append("data", toBase64Url(file.bytes));
  }
  return `${new URL("save.html", base).toString()}#${params.toString()}`;
}

/** The files a handoff address carries (what save.html reads back). */
export function filesFromFragment(fragment: string): FileToSave[] {
  const params = new URLSearchParams(fragment.replace(/^#/, ""));
  const names = params.getAll("name");
  const types = params.getAll("type");
  const data = params.getAll("data");
  return names.map((fileName, i) => ({ fileName, type: types[i] ?? "application/octet-stream", bytes: fromBase64Url(data[i] ?? "") }));
}

type OfficeUi = { context: { ui: { openBrowserWindow?(url: string): void }; requirements?: { isSetSupported(name: string, version?: string): boolean } } };

/**
 * Excel on Mac and iPad: all the files in one address when they fit, otherwise one file per address;
 * a .zip too long for one address goes as its papers, one per window.
 */
export function browserHandoff(office: OfficeUi, base: string): Delivery {
  return {
    async deliver(files, separately) {
      const open = office.context.ui.openBrowserWindow;
      const supported = office.context.requirements?.isSetSupported("OpenBrowserWindowApi", "1.1") ?? false;
      if (!supported || typeof open !== "function") {
        return { kind: "not-delivered", sentence: "This version of Excel cannot save files from an add-in. Update Office, or open the pane's page in a browser (see Help)." };
      }
      const fits = (urls: string[]) => urls.every((u) => u.length <= MAX_HANDOFF_URL);
      const all = handoffUrl(files, base);
      let urls = all.length <= MAX_HANDOFF_URL ? [all] : files.map((f) => handoffUrl([f], base));
      let apart: number | undefined;
      if (!fits(urls) && separately?.length) {
        urls = separately.map((f) => handoffUrl([f], base));
        apart = separately.length;
      }
      if (!fits(urls)) {
        return { kind: "not-delivered", sentence: "The file is too large to hand from Excel to your browser. Use the command line, or open the pane's page in a browser (see Help)." };
      }
      try {
        for (const url of urls) open.call(office.context.ui, url);
      } catch {
        return { kind: "not-delivered", sentence: "Excel did not open your browser, so nothing was saved. Try again." };
      }
      return apart ? { kind: "handed-to-browser", separately: apart } : { kind: "handed-to-browser" };
    },
  };
}

/**
 * Excel on Windows: its web view (WebView2, or the older EdgeHTML) downloads, but Microsoft documents
 * no promise that the file arrives. The download is started, and the pane offers "Didn't get the
 * file?", which hands the same files to the user's browser as on Mac.
 */
export function windowsDownload(office: OfficeUi, base: string): Delivery {
  return {
    async deliver(files, separately) {
      await browserDownload.deliver(files);
      return { kind: "download-started", handOff: () => browserHandoff(office, base).deliver(files, separately) };
    },
  };
}

/** Whether the platform's web view can download (Mac and iPad cannot; Windows may not). */
export function deliveryFor(platform: string | null, office: OfficeUi | undefined, base: string): Delivery {
  if (office && (platform === "Mac" || platform === "iOS")) return browserHandoff(office, base);
  if (office && platform === "PC") return windowsDownload(office, base);
  return browserDownload;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
