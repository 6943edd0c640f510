import { readFileSync } from "node:fs";
import { documentProblems } from "../src/documents/package-check";

// The structural half of npm run check:pdf (scripts/check-pdf.sh runs it on every document in out/):
// a heading style without an outline level, no language declared, a directory entry in the zip, a
// chart without its part. Prints one line per document; exits 1 when any has a problem.
// Run: npx tsx scripts/check-docx.ts FILE.docx ...

async function main(files: string[]): Promise<number> {
  let failed = 0;
  for (const file of files) {
    const problems = await documentProblems(readFileSync(file));
    if (problems.length === 0) console.log(`ok      ${file}: headings, language and package`);
    else {
      failed++;
      for (const p of problems) console.error(`FAILED  ${file}: ${p}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code), (e: unknown) => {
  console.error(`The document check stopped: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
});
