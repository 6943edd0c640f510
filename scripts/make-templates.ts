import { writeFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, IStylesOptions, LineRuleType, Packer, PageBreak, PageNumber, Paragraph, Tab,
  TabStopType, TextRun,
} from "docx";
import { removeDirectoryEntries, setPaperProperties } from "../src/documents/package";
import { ANNUAL_REVIEW_PLACEHOLDERS, MINUTES_PLACEHOLDERS, PlaceholderSpec } from "../src/documents/placeholders";
import { TABLE_FIGURE_STYLE, TABLE_TEXT_STYLE } from "../src/documents/table-styles";
import { craftStyles, LANGUAGE } from "../src/documents/word-styles";

// Writes templates/annual-review.docx, templates/minutes.docx and templates/README.md.
// The templates use Word's built-in Title and Heading styles, restyled, so the navigation pane and a
// table of contents work and a user can restyle them again in Word. British English on the document
// defaults, an outline level on each heading style, proportional line spacing (word-styles.ts), "Page
// X of Y" in the footer and a {{draft}} line in the header. Run: npx tsx scripts/make-templates.ts

const NAVY = "1F3864";
const FONT = "Arial";

const AUTO = LineRuleType.AUTO;
const styles: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 22, language: { value: LANGUAGE } }, paragraph: { spacing: { after: 120, line: 264, lineRule: AUTO } } },
    title: { run: { font: FONT, size: 40, bold: true, color: NAVY }, paragraph: { spacing: { after: 80, line: 240, lineRule: AUTO } } },
    heading1: { run: { font: FONT, size: 28, bold: true, color: NAVY }, paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, outlineLevel: 0 } },
    heading2: { run: { font: FONT, size: 24, bold: true, color: NAVY }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, outlineLevel: 1 } },
    heading3: { run: { font: FONT, size: 22, bold: true, color: NAVY }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true, outlineLevel: 2 } },
  },
  // The cells of the generated tables (see src/documents/table-styles.ts): restyle them here in Word.
  paragraphStyles: [
    { id: TABLE_TEXT_STYLE, name: "LAA table text", basedOn: "Normal", quickFormat: true, run: { size: 18 }, paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: AUTO } } },
    { id: TABLE_FIGURE_STYLE, name: "LAA table figure", basedOn: TABLE_TEXT_STYLE, quickFormat: true, paragraph: { alignment: AlignmentType.RIGHT } },
  ],
};

const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const h1 = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
const h2 = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
/** "Thematic lead:" in bold, a tab, then the placeholder: the front matter reads as a form. */
const field = (name: string, placeholder: string) =>
  new Paragraph({ tabStops: [{ type: TabStopType.LEFT, position: 2600 }], spacing: { after: 60 }, children: [new TextRun({ text: `${name}:`, bold: true }), new TextRun({ children: [new Tab(), `{{${placeholder}}}`] })] });
const rule = () => new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: NAVY, space: 4 } }, spacing: { after: 240 }, children: [] });

const GREY = { size: 16, color: "595959" };

/** "Safer Essex · Annual review, Q2 2009/10" on the left, "Page 2 of 9" on the right. */
function footer(...left: (string | TextRun)[]): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: 9026 }],
        children: [
          ...left.map((l) => (typeof l === "string" ? new TextRun({ text: l, ...GREY }) : l)),
          new TextRun({ children: [new Tab(), "Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], ...GREY }),
        ],
      }),
    ],
  });
}

/** The DRAFT line, filled while any prompt for the author remains, empty once none does. */
function header(): Header {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: "{{draft}}", bold: true, color: "C00000" })] })] });
}

function annualReview(): Document {
  return new Document({
    creator: "LAA Scorecard",
    lastModifiedBy: "LAA Scorecard",
    title: "Annual review",
    styles,
    sections: [{
      headers: { default: header() },
      footers: { default: footer("{{partnership}} · Annual review, {{reporting_period}}") },
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun("{{partnership}}")] }),
        new Paragraph({ children: [new TextRun({ text: "Annual Review of LAA performance, {{reporting_period}}", size: 28, color: NAVY })], spacing: { after: 240 } }),
        field("Thematic lead", "lead"),
        field("Deputy lead", "deputy"),
        field("Area", "area"),
        field("Reporting period", "reporting_period"),
        field("Date", "date"),
        field("Generated", "generated"),
        field("Overall status", "overall_status"),
        rule(),
        h1("Summary"),
        p("{{summary}}"),
        h1("Performance against Year {{year}} targets"),
        p("{{performance_table}}"),
        p("{{counts}}"),
        h1("Underlying trends"),
        p("{{trends}}"),
        h1("Areas of success and good news"),
        p("{{good_news}}"),
        h1("Barriers, risks and actions needed"),
        p("{{barriers}}"),
        h1("Milestones"),
        h2("Next six months"),
        p("{{milestones_6}}"),
        h2("Next twelve months"),
        p("{{milestones_12}}"),
        h2("Next eighteen months"),
        p("{{milestones_18}}"),
        h1("Assurance where data is not available"),
        p("{{data_assurance}}"),
        h1("Performance Reward Grant"),
        p("{{prg}}"),
      ],
    }],
  });
}

function minutes(): Document {
  return new Document({
    creator: "LAA Scorecard",
    lastModifiedBy: "LAA Scorecard",
    title: "Minutes",
    styles,
    sections: [{
      headers: { default: header() },
      footers: { default: footer("{{title}} · {{date}}") },
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun("{{title}}")] }),
        field("Date", "date"),
        field("Time", "time"),
        field("Venue", "venue"),
        rule(),
        h1("Attendees"),
        p("{{attendees}}"),
        h1("Apologies"),
        p("{{apologies}}"),
        h1("In attendance"),
        p("{{in_attendance}}"),
        p("{{agenda}}"),
        h1("Action log"),
        p("{{action_log}}"),
        h1("Date of next meeting"),
        p("{{next_meeting}}"),
        new Paragraph({ spacing: { before: 600 }, tabStops: [{ type: TabStopType.LEFT, position: 5600 }], children: [new TextRun({ children: ["Signed: ....................................................", new Tab(), "Date: .............................."] })] }),
        // Who chaired and in what capacity ("Peter Lowton, Chair", "Dan Gascoyne, in the chair"): the fill says both.
        new Paragraph({ children: [new TextRun("{{chair}}")] }),
        // The forward plan is the annex the minutes refer to ("The Forward Plan has been updated (Annex A)").
        new Paragraph({ children: [new PageBreak()] }),
        h1("Annex A: Forward plan"),
        p("{{forward_plan}}"),
      ],
    }],
  });
}

function readmeTable(specs: readonly PlaceholderSpec[]): string {
  const rows = specs.map((s) => `| \`{{${s.name}}}\` | ${s.fills} | ${s.required ? "yes" : "no"} | ${s.block ? "yes: a table or paragraphs replaces its whole paragraph" : "no: inline, keeps the placeholder's formatting"} |`);
  return ["| placeholder | filled with | required | must stand alone in its paragraph |", "|---|---|---|---|", ...rows].join("\n");
}

function readme(): string {
  return `# Word templates

\`annual-review.docx\` (one document per thematic partnership) and \`minutes.docx\` (the minutes of the
meeting described in the workbook) are ordinary Word documents with \`{{placeholders}}\`. Generated by
\`npx tsx scripts/make-templates.ts\` (this file too); \`sample-scorecard.xlsx\` is made by \`scripts/make-sample.ts\`.

Restyle them in Word as you like: change fonts and colours, add a logo, a header or footer, reorder
sections, add your own fixed text. Before anything is generated the template is checked: a required
placeholder it lacks, a placeholder the generator does not know, or a block placeholder sharing its
paragraph with other text is reported by name, and nothing is written. Spaces inside the braces
(\`{{ partnership }}\`) are allowed. Keep the headings in Word's built-in Heading styles so the
navigation pane and a table of contents keep working. Placeholders inside hyperlinks, tracked
changes or content controls are not found: accept changes before saving a template.

Text from the workbook is inserted exactly as typed: braces, angle brackets and ampersands in a cell
are never read as placeholders or markup.

The cells of the generated tables use two paragraph styles, **LAA table text** and **LAA table
figure** (right-aligned), 9 pt: modify them in Word to restyle every table. A template without them
gets them added when it is filled. Table header rows repeat at the top of each page.

Whatever template is used, every document is given: British English (en-GB) on the document
defaults where the template declares no language; an outline level on each built-in heading style,
and Heading 1 to 3 where the template lacks them, so LibreOffice, PDF bookmarks and screen readers
see the headings; proportional line spacing where a style gives a line height without saying how;
its document properties (title with the partnership and period, subject, author from Settings:
Area, created and modified when it is made). Both standard templates carry \`{{draft}}\` in their
header: it says DRAFT, in red, while any passage in grey italics still asks the author for something,
and is empty once none does; a template without \`{{draft}}\` gets that line at the top of the body.
Their footers name the partnership (or the meeting) and give Page X of Y.

Each indicator with two or more figures gets a chart in the annual review's Underlying trends: a
native Word chart (not a picture) that you can restyle in Word. Its figures come from the scorecard;
to change one, change the scorecard and generate again (the chart carries no workbook of its own,
so Word's Edit Data has nothing to open). See [docs/documents.md](../docs/documents.md).

## annual-review.docx

${readmeTable(ANNUAL_REVIEW_PLACEHOLDERS)}

## minutes.docx

${readmeTable(MINUTES_PLACEHOLDERS)}

The \`{{agenda}}\` block holds every item of the Agenda sheet as a numbered Heading 1 with its
discussion, then its decisions and its actions under Heading 2s of their own (each line of Action /
decision is read: "Action:" and "Decision:" say which; otherwise "someone to do something" is an
action and any other line a decision; the Actions sheet's rows whose Item is that item's number are
actions too). The item whose title mentions thematic partnerships gets the updates drafted from the
scorecard for each partnership (a Heading 2 each): its Commentary summary as prose, its overall
status, then Heading 3s for achievements and good news, barriers to delivery, assurance where data
is not available (figures awaited, tbc flagged, and when data is due) and reward targets at risk,
each with that partnership's commentary; without such an item, one is added at the end. The forward
plan is Annex A, after the signature, as the minutes' own items refer to it.
`;
}

/** The package docx writes, with the styles made sure of as every generated document's are, and fixed dates so a rerun gives the same file. */
async function finished(doc: Document): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  zip.file("word/styles.xml", craftStyles(await zip.file("word/styles.xml")!.async("string")));
  await setPaperProperties(zip, { created: new Date(Date.UTC(2009, 9, 12, 9)), language: LANGUAGE });
  removeDirectoryEntries(zip);
  for (const file of Object.values(zip.files)) file.date = new Date(Date.UTC(2009, 9, 12, 9));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function main(): Promise<void> {
  const dir = path.join(__dirname, "..", "templates");
  writeFileSync(path.join(dir, "annual-review.docx"), await finished(annualReview()));
  writeFileSync(path.join(dir, "minutes.docx"), await finished(minutes()));
  writeFileSync(path.join(dir, "README.md"), readme());
  console.log("Wrote templates/annual-review.docx, templates/minutes.docx and templates/README.md");
}

void main();
