import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import * as f from "./features";
import { LIBREOFFICE_BOOK } from "./index";
import { scorecardBook } from "./scorecard-book";

// Makes tests/fixtures/books/libreoffice-saved.xlsx: the Excel-shaped scorecard with a protected
// Partnerships sheet, defined names and notes, opened and saved again by LibreOffice Calc, which writes
// every part its own way. Committed, so the tests need no LibreOffice; run again after changing the
// fixture: npx tsx tests/files/books/make-libreoffice-book.ts

const dir = mkdtempSync(path.join(tmpdir(), "laa-lo-"));
try {
  const d = scorecardBook();
  for (const feature of [f.protection, f.definedNames, f.notes, f.validations]) feature(d);
  const source = path.join(dir, "source", "libreoffice-saved.xlsx");
  spawnSync("mkdir", ["-p", path.dirname(source)]);
  writeFileSync(source, d.bytes());
  const r = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", dir, source],
    { encoding: "utf8", timeout: 180_000 },
  );
  if (r.status !== 0) throw new Error(`LibreOffice could not convert the book: ${r.stderr || r.stdout}`);
  copyFileSync(path.join(dir, "libreoffice-saved.xlsx"), LIBREOFFICE_BOOK);
  process.stdout.write(`Wrote ${LIBREOFFICE_BOOK}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
