#!/usr/bin/env bash
# Converts every Word document the demo wrote in out/ to PDF with LibreOffice, as a second reader
# besides Word: a document LibreOffice cannot open or convert fails the check. The Word filter is
# forced, since LibreOffice would otherwise open a damaged file as plain text and "convert" it.
# First, every document's package is checked (scripts/check-docx.ts): a heading style without an
# outline level, no language declared, or a directory entry in the zip fails the check too.
# Needs: apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils
# Run after `npm run demo`: npm run check:pdf
set -euo pipefail

cd "$(dirname "$0")/.."
OUT_DIR="${1:-out}"
if ! command -v soffice >/dev/null; then
  echo "LibreOffice (soffice) is not installed: apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils" >&2
  exit 2
fi

PDF_DIR="$OUT_DIR/pdf"
mapfile -d '' DOCS < <(find "$OUT_DIR" -path "$PDF_DIR" -prune -o -name '*.docx' -print0 | sort -z)
if [ "${#DOCS[@]}" -eq 0 ]; then
  echo "No .docx in $OUT_DIR: run npm run demo first." >&2
  exit 2
fi

structure=0
npx tsx scripts/check-docx.ts "${DOCS[@]}" || structure=1

mkdir -p "$PDF_DIR"
# A profile of its own, so a LibreOffice open on the desktop does not swallow the conversion.
PROFILE="$(mktemp -d)"
trap 'rm -rf "$PROFILE"' EXIT

failed=0
for doc in "${DOCS[@]}"; do
  # Each kind of paper keeps its folder (out/pdf/progress-updates/Safer Essex.pdf): the annual review,
  # mid-year report and progress update of one partnership share a file name.
  rel="$(dirname "${doc#"$OUT_DIR"/}")"
  dir="$PDF_DIR"; [ "$rel" != "." ] && dir="$PDF_DIR/$rel"
  mkdir -p "$dir"
  pdf="$dir/$(basename "${doc%.docx}").pdf"
  rm -f "$pdf"
  timeout 180 soffice -env:UserInstallation="file://$PROFILE" --headless --infilter="MS Word 2007 XML" --convert-to pdf --outdir "$dir" "$doc" >/dev/null 2>&1 || true
  pages=""
  if [ -s "$pdf" ] && command -v pdfinfo >/dev/null; then pages="$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"; fi
  if [ ! -s "$pdf" ] || { command -v pdfinfo >/dev/null && [ -z "$pages" ]; }; then
    echo "FAILED  $doc" >&2
    failed=$((failed + 1))
  else
    echo "ok      $doc -> $pdf (${pages:-?} pages)"
  fi
done

if [ "$failed" -gt 0 ]; then
  echo "$failed of ${#DOCS[@]} documents did not convert to PDF." >&2
  exit 1
fi
if [ "$structure" -ne 0 ]; then
  echo "Every document converted to PDF, but the package check above failed." >&2
  exit 1
fi
echo "All ${#DOCS[@]} documents converted to PDF, with headings, language and package checked."
