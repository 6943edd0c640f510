import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";

// `npm run preview`: builds the task pane for production and serves dist/ on http://localhost, so the
// pane can be tried in any browser in standalone mode (no Office, no certificates, no network).
// Flags: --port N (or PORT=N; default 3001; 0 picks a free port), --no-build. The e2e tests start it through startPreview().

const ROOT = path.resolve(__dirname, "..");
export const DIST = path.join(ROOT, "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/**
 * Builds the add-in with webpack in production mode into dist/ (or another folder: the e2e tests build
 * their own copy, so a build someone else starts in dist/ cannot pull files from under them).
 * Throws after webpack's own output when it fails.
 */
export function buildForProduction(outDir: string = DIST, quiet = false): void {
  const webpack = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const args = [webpack, "--mode", "production", "--output-path", outDir, ...(quiet ? ["--stats", "errors-warnings"] : [])];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit" });
  if (run.status !== 0) throw new Error("The production build failed (see webpack's output above).");
}

/** The page to open: the task pane's HTML in dist/. */
export async function panePage(root = DIST): Promise<string> {
  const names = await fs.readdir(root).catch(() => [] as string[]);
  for (const preferred of ["taskpane.html", "index.html"]) if (names.includes(preferred)) return preferred;
  const html = names.filter((n) => n.endsWith(".html")).sort();
  if (html.length === 0) throw new Error(`No page to serve in ${root}; run the build first.`);
  return html[0];
}

export interface Preview {
  /** e.g. http://localhost:3001/taskpane.html */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 (never other machines), GET and HEAD only, nothing outside root. */
export async function startPreview(options: { root?: string; port?: number } = {}): Promise<Preview> {
  const root = path.resolve(options.root ?? DIST);
  const page = await panePage(root);
  const server = http.createServer((req, res) => {
    void serve(root, page, req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://localhost:${port}`;
  return {
    url: `${origin}/${page}`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function serve(root: string, page: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname === "/") {
    res.writeHead(302, { Location: `/${page}` }).end();
    return;
  }
  let file: string;
  try {
    file = path.resolve(root, "." + decodeURIComponent(url.pathname));
  } catch {
    res.writeHead(400).end("Bad address");
    return;
  }
  if (file !== root && !file.startsWith(root + path.sep)) {
    res.writeHead(403).end("Outside the preview");
    return;
  }
  try {
    const body = await fs.readFile(file);
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
  }
}

function portFromArgs(args: string[]): number {
  const i = args.indexOf("--port");
  const text = i >= 0 ? args[i + 1] : process.env.PORT;
  // 3000 is the https dev server's (npm run dev-server); the preview sits beside it.
  if (text === undefined || text === "") return 3001;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`"${text}" is not a port number; give one from 1 to 65535, or 0 for any free port.`);
  }
  return port;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const port = portFromArgs(args);
  if (!args.includes("--no-build")) buildForProduction();
  let preview: Preview;
  try {
    preview = await startPreview({ port });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new Error(`Port ${port} is in use; try npm run preview -- --port ${port + 1} (or --port 0 for any free port).`);
    }
    throw e;
  }
  console.log(`LAA Scorecard preview (standalone mode): ${preview.url}`);
  console.log("Open it in a browser, choose Open workbook..., and press Ctrl+C here to stop.");
  const stop = () => void preview.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  });
}
