// Preloaded (node -r, or NODE_OPTIONS for every Node process npm starts) into a measured child: at exit,
// appends the process's peak memory (resident set size, KB) and its CPU time (user + system, all its
// threads, ms) to the file named by BENCH_USAGE, one line per process, so the bench can print them
// beside the wall time. CPU time is what the machine's other users cannot inflate.
const fs = require("node:fs");

process.on("exit", () => {
  if (!process.env.BENCH_USAGE) return;
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  fs.appendFileSync(process.env.BENCH_USAGE, `${maxRSS} ${(userCPUTime + systemCPUTime) / 1000}\n`);
});
