// Preloaded (node -r) into a measured child process: at exit, writes the process's peak memory (resident
// set size, in KB) to the file named by BENCH_MAX_RSS, so the bench can print it beside the time.
const fs = require("node:fs");

process.on("exit", () => {
  if (process.env.BENCH_MAX_RSS) fs.writeFileSync(process.env.BENCH_MAX_RSS, String(process.resourceUsage().maxRSS));
});
