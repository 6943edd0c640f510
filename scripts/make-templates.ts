import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { Document, HeadingLevel, PageBreak, Paragraph, Tab, TabStopType, TextRun } from "docx";
import { field, finished, h1, h2, p, paper, rule, subtitle } from "./template-parts";
import { readme } from "./templates-readme";

// Writes the standard templates (annual review, mid-year report and progress update per partnership;
// the minutes of the meeting) and templates/README.md. Each is a plain Word document of Word's own
// Title and Heading styles (template-parts.ts) with {{placeholders}} (src/documents/placeholders.ts).
// Run: npx tsx scripts/make-templates.ts

const title = (text: string) => new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(text)] });

function annualReview(): Document {
  return paper("Annual review", "{{partnership}} · {{review}}, {{reporting_period}}", [
    title("{{partnership}}"),
    subtitle("{{review}} of LAA performance, {{reporting_period}}"),
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
  ]);
}

/** The annual review's headings for the first half of the year, compared with its start. */
function midYearReport(): Document {
  return paper("Mid-year report", "{{partnership}} · Mid-year report, {{reporting_period}}", [
    title("{{partnership}}"),
    subtitle("Mid-year report on LAA performance, {{reporting_period}}"),
    field("Thematic lead", "lead"),
    field("Deputy lead", "deputy"),
    field("Area", "area"),
    field("Reporting period", "reporting_period"),
    field("Compared with", "period_before"),
    field("Date", "date"),
    field("Generated", "generated"),
    field("Overall status", "overall_status"),
    rule(),
    h1("Summary"),
    p("{{summary}}"),
    h1("Performance against Year {{year}} targets and profiles at {{reporting_period}}"),
    p("{{performance_table}}"),
    p("{{counts}}"),
    h1("Change since the start of the year"),
    p("{{changes}}"),
    h1("Underlying trends"),
    p("{{trends}}"),
    h1("Exceptions for attention or discussion"),
    p("{{exceptions_summary}}"),
    h2("Areas of success and good news"),
    p("{{good_news}}"),
    h2("Barriers, risks and actions needed"),
    p("{{barriers}}"),
    h2("Assurance where data is not available"),
    p("{{data_assurance}}"),
    h1("Performance Reward Grant"),
    p("{{prg}}"),
    h1("Milestones for the rest of the year"),
    p("{{milestones}}"),
  ]);
}

/** The forward plan's standing item, under its headings in its order. */
function progressUpdate(): Document {
  return paper("Progress update", "{{partnership}} · Progress update, {{reporting_period}}", [
    title("{{partnership}}"),
    subtitle("Progress update on LAA performance, {{reporting_period}}"),
    field("Thematic lead", "lead"),
    field("Deputy lead", "deputy"),
    field("Meeting", "meeting"),
    field("Due by", "due_by"),
    field("Reporting period", "reporting_period"),
    field("Compared with", "period_before"),
    field("Generated", "generated"),
    field("Overall status", "overall_status"),
    rule(),
    h1("Agreed updates from previous meetings"),
    p("{{agreed_updates}}"),
    h1("Other exceptions for attention or discussion"),
    p("{{exceptions_summary}}"),
    h2("Achievements and good news stories"),
    p("{{good_news}}"),
    h2("Barriers to delivery, risks and actions needed"),
    p("{{barriers}}"),
    h2("Cross-cutting opportunities"),
    p("{{cross_cutting}}"),
    h2("Assurance where data is not available"),
    p("{{data_assurance}}"),
    h2("Resource issues, including use of PRG"),
    p("{{resources}}"),
    h2("Locality and “hotspot” issues"),
    p("{{locality}}"),
    h1("Milestones (key actions and new information) due in the next period"),
    p("{{milestones}}"),
  ]);
}

function minutes(): Document {
  return paper("Minutes", "{{title}} · {{date}}", [
    title("{{title}}"),
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
  ]);
}

/** The covering report for the group, in the form of a council committee report. */
function boardReport(): Document {
  return paper("LAA performance report", "LAA performance report · {{reporting_period}}", [
    title("LAA performance report"),
    subtitle("Covering report on the Local Area Agreement, {{reporting_period}}"),
    field("Meeting", "meeting"),
    field("Agenda item", "agenda_item"),
    field("Area", "area"),
    field("Reporting period", "reporting_period"),
    field("Compared with", "period_before"),
    field("Generated", "generated"),
    field("Contact officer", "contact"),
    rule(),
    h1("Purpose"),
    p("{{purpose}}"),
    h1("Recommendations"),
    p("{{recommendations}}"),
    h1("The LAA-wide picture"),
    p("{{picture}}"),
    h1("Exceptions across the agreement"),
    p("{{exceptions}}"),
  ]);
}

async function main(): Promise<void> {
  const dir = path.join(__dirname, "..", "templates");
  const templates: [string, Document][] = [
    ["annual-review.docx", annualReview()],
    ["mid-year-report.docx", midYearReport()],
    ["progress-update.docx", progressUpdate()],
    ["minutes.docx", minutes()],
    ["board-report.docx", boardReport()],
  ];
  for (const [file, doc] of templates) writeFileSync(path.join(dir, file), await finished(doc));
  writeFileSync(path.join(dir, "README.md"), readme());
  console.log(`Wrote ${templates.map(([file]) => `templates/${file}`).join(", ")} and templates/README.md`);
}

void main();
