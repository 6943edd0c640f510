// Builds the add-in into dist/: the task pane, the ribbon command's function file, its outcome dialog,
// the icons, the Word templates and the manifest. `npm run build` works offline and needs no
// certificates; `npm run dev-server` serves https://localhost:3000 with office-addin-dev-certs.
//
// ADDIN_URL (e.g. https://scorecard.essex.example/laa/) replaces https://localhost:3000/ in
// dist/manifest.xml for a production build.
const path = require("node:path");
const { URL } = require("node:url");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
/** manifest.xml is the development manifest; the production one has its own Id, so Office tells them apart. */
const DEV_ID = "5d0b6d7e-2f61-4c1e-9a3b-7c84e1f0a2d9";
const PRODUCTION_ID = "ee692fd7-cfc4-4131-a155-f5c9ac1308e4";

/** The production manifest: its own Id and name, and the production address in place of the dev server's. */
function manifestFor(content, url) {
  const base = url.endsWith("/") ? url : `${url}/`;
  const origin = new URL(base).origin;
  return content
    .toString()
    .replace(`<Id>${DEV_ID}</Id>`, `<Id>${PRODUCTION_ID}</Id>`)
    .replace('<DisplayName DefaultValue="LAA Scorecard (dev)"/>', '<DisplayName DefaultValue="LAA Scorecard"/>')
    .replace(/<!-- LAA Scorecard add-in, DEVELOPMENT manifest[\s\S]*?-->/, "<!-- LAA Scorecard add-in: the production manifest, built by `npm run build` from manifest.xml. -->")
    .replaceAll(DEV_URL, base)
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`);
}

const page = (name, chunks, template = `addin/${name.replace(/\.html$/, "")}/${name}`) =>
  new HtmlWebpackPlugin({ filename: name, template, chunks, scriptLoading: "defer" });

module.exports = async (env = {}, argv = {}) => {
  const serving = Boolean(env.WEBPACK_SERVE);
  const production = argv.mode === "production";
  const url = process.env.ADDIN_URL || DEV_URL;

  const config = {
    // No source maps in production: they would publish the whole source beside the add-in.
    devtool: production ? false : "eval-source-map",
    entry: {
      taskpane: "./addin/taskpane/taskpane.ts",
      commands: "./addin/commands/commands.ts",
      outcome: "./addin/commands/outcome-page.ts",
      save: "./addin/standalone/save-page.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].chunk.js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    optimization: {
      // Named lazy chunks, so the benchmark and a reader of dist/ can tell them apart.
      splitChunks: {
        cacheGroups: {
          docx: { test: /[\\/]node_modules[\\/]docx[\\/]/, name: "docx", chunks: "async", enforce: true },
          files: { test: /[\\/]src[\\/]files[\\/]/, name: "files", chunks: "async", enforce: true },
        },
      },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules so import() splits docx, the file adapter and jszip into chunks loaded on demand.
            // Types are checked by `npm run typecheck`, not here, so the build cannot be stopped by a
            // half-written module elsewhere in the tree.
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: !production } },
          },
        },
      ],
    },
    plugins: [
      page("taskpane.html", ["taskpane"]),
      page("commands.html", ["commands"]),
      page("outcome.html", ["outcome"], "addin/commands/outcome.html"),
      // Excel on Mac hands documents to the user's browser on this page (addin/standalone/download.ts).
      page("save.html", ["save"], "addin/standalone/save.html"),
      new HtmlWebpackPlugin({ filename: "help.html", template: "addin/help.html", chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "addin/assets/*.png", to: "assets/[name][ext]" },
          { from: "addin/taskpane/taskpane.css", to: "taskpane.css" },
          // Plain ES5, copied as written (not bundled): it must run where the bundle cannot.
          { from: "addin/taskpane/too-old.js", to: "too-old.js" },
          { from: "templates/*.docx", to: "templates/[name][ext]", noErrorOnMissing: true },
          // "Try the sample scorecard" in the standalone page opens this copy.
          { from: "templates/sample-scorecard.xlsx", to: "templates/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestFor(content, url) },
        ],
      }),
    ],
    performance: {
      // The first load is measured by scripts/bench/addin.ts; the lazy docx chunk is big by nature.
      assetFilter: (file) => /^(taskpane|commands|outcome|save)\.[^.]+\.js$/.test(file),
      maxEntrypointSize: 300 * 1024,
      maxAssetSize: 300 * 1024,
      hints: production ? "warning" : false,
    },
    devServer: {
      port: 3000,
      // This machine only: the dev server is for sideloading, not for the network.
      host: "localhost",
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
    },
  };

  if (serving) {
    // Office requires https even for localhost; the certificates are made and trusted by
    // `npx office-addin-dev-certs install` (npm start does it). Only here: a build needs none.
    config.devServer.server = { type: "https", options: await devCertificates() };
  }
  return config;
};

/**
 * The dev certificates, trusted on this machine. Where trusting them fails (no administrator rights, or
 * no sudo on Linux) the certificates already made are still used: the server starts, and Office or the
 * browser asks the user to accept the certificate instead.
 */
async function devCertificates() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const { localhostKeyPath, localhostCertificatePath, caCertificatePath } = require("office-addin-dev-certs/lib/defaults");
    const fs = require("node:fs");
    const reason = String(error && error.message ? error.message : error).split("\n")[0];
    if (![localhostKeyPath, localhostCertificatePath, caCertificatePath].every((f) => fs.existsSync(f))) throw new Error(`No dev certificates: ${reason}`);
    process.stderr.write(`The dev certificate could not be trusted (${reason}); serving with it untrusted. Run \`npx office-addin-dev-certs install\` as an administrator to trust it.\n`);
    return { key: fs.readFileSync(localhostKeyPath), cert: fs.readFileSync(localhostCertificatePath), ca: fs.readFileSync(caCertificatePath) };
  }
}

module.exports.manifestFor = manifestFor;
module.exports.DEV_ID = DEV_ID;
module.exports.PRODUCTION_ID = PRODUCTION_ID;
