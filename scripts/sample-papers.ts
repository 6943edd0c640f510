import ExcelJS from "exceljs";

// The sample workbook's papers: Commentary for the annual reviews, and the Meeting, Attendance,
// Agenda, Actions and Forward plan sheets for the minutes. Modelled on the Essex LAA Performance
// Management Group's minutes (shared/seeds/001_*.txt), moved to its October 2009 meeting, when the
// Q2 2009/10 scorecard and the mid-year reports were due. The progress updates are for the next
// meeting (16 November 2009, due by 9 November): the actions agreed in October, owned by thematic
// leads and deputies, are their agreed updates; the commentary has a row for each of the progress
// update's own headings (agreed updates, cross-cutting opportunities, resource issues, locality and
// hotspot issues).

const HEADER_FILL = "FF1F4E79";
const DATE_FORMAT = "d mmmm yyyy";
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function addTable(book: ExcelJS.Workbook, name: string, headers: string[], widths: number[], rows: (string | number | Date | null)[][]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(headers).eachCell((cell) => {
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
  });
  for (const r of rows) sheet.addRow(r);
  widths.forEach((w, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = w;
    column.alignment = { wrapText: true, vertical: "top" };
  });
  sheet.eachRow((row) => row.eachCell((cell) => {
    if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
  }));
  return sheet;
}

const SAFER = "Safer Essex";
const GEPF = "Greater Essex Prosperity Forum (GEPF)";
const CYPSP = "Children & Young People's Strategic Partnership (CYPSP)";
const OLYMPICS = "2012 Olympics/Paralympic Games";
const SUSTAINABLE = "Sustainable Essex";
const CWOP = "Community Wellbeing and Older People (CWOP)";

const COMMENTARY: [string, string, string][] = [
  [SAFER, "Summary", "Safer Essex has made a strong start on acquisitive and violent crime, with the interim targets for assaults with injury (NI 20) and serious acquisitive crime (NI 16) exceeded. The partnership has been asked to consider more stretching targets through the LAA Refresh."],
  [SAFER, "Underlying trends", "Police recorded crime continues to fall across all districts, with the largest reductions in Basildon and Colchester. Sanction detections for domestic abuse have fallen for three quarters running."],
  [SAFER, "Good news", "An 'unpaid work' supervisor has been appointed through PRG funding to help deliver NI 18. The role promotes work opportunities in the community for people on community orders."],
  [SAFER, "Barriers and risks", "The domestic abuse sanction detection target (L17.1) is off track. The Essex Domestic Abuse Strategy Group is reviewing case handling with the CPS and will report to the November meeting."],
  [SAFER, "Milestones – 6 months", "Domestic abuse case review completed and recommendations agreed by Safer Essex (December 2009)."],
  [SAFER, "Milestones – 12 months", "Integrated offender management scheme running in all three policing divisions."],
  [SAFER, "Milestones – 18 months", "Refreshed anti-social behaviour target agreed using the 2010 Place Survey."],
  [SAFER, "Data assurance", "NI 17 is measured by the biennial Place Survey; the 2008 result is the baseline and the next survey reports in autumn 2010. Quarterly tracker questions in the Essex Residents' Survey are used in the meantime."],
  [SAFER, "PRG", "PRG of £450,000 for NI 20 is on course. NI 18 remains at risk until re-offending falls to 9.44 per 100 offenders, 60% of the planned improvement."],
  [SAFER, "Agreed updates", "Domestic abuse (L17.1): as agreed in October, the Essex Domestic Abuse Strategy Group has started a review of case handling with the CPS; its findings come to the December meeting."],
  [SAFER, "Cross-cutting opportunities", "The 'unpaid work' supervisor appointed through PRG funding could support participation in regular volunteering (NI 6) through ESTIC; Alan Dawkes is exploring this with Gwyn Owen and other thematic leads."],
  [SAFER, "Resource issues, including use of PRG", "Re-offending (NI 18) rose in Q2, so the £200,000 of reward projected at Q1 is no longer expected. Safer Essex will consider moving PRG pump-priming from the supervisor post to integrated offender management."],
  [SAFER, "Locality and 'hotspot' issues", "Assaults with injury remain concentrated in the night-time economies of Chelmsford, Colchester and Harlow town centres, where licensing and street pastor schemes are targeted."],
  [GEPF, "Summary", "The economic downturn has hit the employment and benefits indicators hard. Inward investment is ahead of target and the skills targets are broadly on track."],
  [GEPF, "Good news", "The interim target for inward investment (L18.1) has been exceeded: 1,120 jobs created or safeguarded against a target of 900."],
  [GEPF, "Barriers", "Employment (NI 151) and out-of-work benefits (NI 152) have moved away from target for three quarters. GEPF recommends that NI 151 is extended to cover the whole of Essex with district targets."],
  [GEPF, "Milestones - next 6 months", "District level skills targets (NI 163/5) agreed with Economic Development Officers.\nReplacement partnership arrangements for GEPF launched at the Essex Partnership Forum."],
  [GEPF, "Agreed updates", "The proposal to extend the employment indicator (NI 151) to the whole of Essex, with district targets, has gone to the Essex Management Board."],
  [GEPF, "Locality and hotspot issues", "Out-of-work benefit claims (NI 152) have risen fastest in Basildon, Harlow and Tendring; Jobcentre Plus is concentrating its rapid response service there."],
  [GEPF, "Milestones – 12 months", "Business registration (NI 171) district targets agreed with GO-East."],
  [CYPSP, "Summary", "The CYPSP workplan is being aligned with the Children and Young People's Plan so that the LAA targets, and the £1.5m of Performance Reward Grant behind them, stay visible."],
  [CYPSP, "Good news", "NEET (NI 117) fell to 5.3% in Q2, back on track for the 5.5% target for the year."],
  [CYPSP, "Risks", "First time entrants to the youth justice system (NI 111) rose in Q2. Under 18 conceptions (NI 112) remain well above the trajectory."],
  [CYPSP, "Resource issues", "The £1.5m of Performance Reward Grant behind the CYPSP's LAA targets needs to stay visible within the Children and Young People's Plan budget."],
  [CYPSP, "Data assurance", "Year 6 obesity data (NI 56) for 2008/09 is due from the National Child Measurement Programme in December 2009."],
  [OLYMPICS, "Summary", "The work programmes for participation in sport (NI 8) and engagement in the arts (NI 11) are developing as planned."],
  [OLYMPICS, "Achievements", "Engagement in the arts (NI 11) has met its Year 1 target."],
  [OLYMPICS, "Milestones – 6 months", "Workplace Health Project funding agreed."],
  [OLYMPICS, "Resource issues", "Funding for the Workplace Health Project is still being discussed with the primary care trusts."],
  [SUSTAINABLE, "Summary", "The focus has been on negotiating changes through the LAA Refresh, particularly the housing targets in the light of the economic climate."],
  [SUSTAINABLE, "Underlying trends", "Recycling and composting (NI 192) has improved in every quarter since the baseline, and is now above 42%."],
  [SUSTAINABLE, "Barriers", "Net additional homes (NI 154) is well short of target as the housing market has stalled; a revised target of 4,200 has been agreed through the Refresh."],
  [SUSTAINABLE, "Cross-cutting opportunities", "The access to services target (L22.1) works at parish council level; the Rural Community Council for Essex will share its parish data with CWOP for planning older people's services."],
  [SUSTAINABLE, "Milestones – 12 months", "Access to services target (L22.1) extended to further parishes with the Rural Community Council for Essex."],
  [CWOP, "Barriers", "Data trends show emerging concerns about the carer assessment indicator (NI 135). CWOP has been asked for an update of the position and its intentions going forward."],
  [CWOP, "Agreed updates", "The update on the carers' indicator (NI 135) asked for in February is on the November agenda; timescales for the review of the target are still to be agreed."],
  [CWOP, "Data assurance", "NI 136 figures for Q2 are awaited from the social care system upgrade and are expected by the November meeting."],
];

const ATTENDANCE: [string, string, string][] = [
  ["Peter Lowton", "ACC Essex Police", "Present"],
  ["Alan Dawkes", "Safer Essex Lead", "Present"],
  ["Louise Aiken", "Greater Essex Prosperity Forum (GEPF) Lead", "Present"],
  ["Peter Featherstone", "Children & Young People's Strategic Partnership (CYPSP) Lead", "Present"],
  ["Kathryn Berry", "Sports Essex, 2012 Olympics/Paralympic Games Deputy Lead", "Present"],
  ["Gwyn Owen", "Sustainable Essex Lead", "Present"],
  ["Miriam Stead", "2012 Olympics/Paralympic Games Lead", "Apologies"],
  ["Marina Sherriff", "Harlow LSP Lead", "Apologies"],
  ["Cheryl Milton-White", "Rochford LSP Lead", "Apologies"],
  ["Gill Butterworth", "Essex Partnership Secretariat", "In attendance"],
  ["Dan Gascoyne", "Essex Partnership Secretariat", "In attendance"],
];

const AGENDA: [number, string, string, string | null][] = [
  [1, "Minutes of last meeting and matters arising", "Minutes of the September meeting were approved.\nThe Chair thanked thematic leads for the updated partnership workplans; these are now to be forwarded to Gill at least seven working days before each meeting.", null],
  [2, "GO Annual Review feedback", "The Group discussed the review report and the importance of articulating performance improvement activity well in thematic partnerships.", "Gill to draw up a graphical representation of the partnership performance model."],
  [3, "Thematic Partnership update", "The thematic leads and deputies present gave the mid-year position from the Q2 2009/10 scorecard.", null],
  [4, "Next steps and forward plan", "The Forward Plan has been updated (Annex A) to reflect agreed areas of focus at future meetings. More emphasis will be given in future discussions to risk and areas of cross-cutting opportunity.", "Thematic leads to bring the remaining mid-year reports to the November meeting."],
];

const ACTIONS: [number, string, string, Date | string, string, number][] = [
  [1, "Draw up a grid showing thematic leads and their deputies", "Gill Butterworth", day(2009, 11, 16), "Done", 1],
  [2, "Arrange to meet Richard Potter of the GO", "Peter Lowton", day(2009, 11, 16), "Open", 2],
  [3, "Report on the domestic violence target (L17.1) and the actions of the Essex Domestic Abuse Strategy Group", "Alan Dawkes", day(2009, 11, 16), "Open", 3],
  [4, "Bring a report on progress against the LAA targets the CYPSP is responsible for", "Peter Featherstone", day(2009, 11, 16), "Open", 3],
  [5, "Update on the carers' indicator (NI 135) and intentions going forward", "CWOP (Loretta Sollars)", "Timescales to be agreed", "Open", 3],
  [6, "Propose district targets for employment (NI 151) to the Essex Management Board", "Louise Aiken", day(2009, 11, 16), "Open", 3],
  [7, "Confirm the funding for the Workplace Health Project", "Kathryn Berry", day(2009, 11, 16), "Open", 3],
  [8, "Confirm the revised target for net additional homes (NI 154) through the LAA Refresh", "Sustainable Essex", day(2009, 12, 15), "Open", 3],
  [9, "Agree district level skills targets (NI 163/5) with Economic Development Officers", "Lynn Ballard", day(2009, 12, 15), "Open", 3],
  [10, "Bring the remaining mid-year reports to the November meeting", "Thematic Leads", day(2009, 11, 16), "Open", 4],
];

const FORWARD_PLAN: [Date | string, string, string][] = [
  [day(2009, 11, 16), "Thematic Partnership Mid Year Reports x 3", "Thematic Leads"],
  [day(2009, 11, 16), "Carers' indicator (NI 135): position and intentions going forward", "CWOP"],
  [day(2009, 12, 15), "Review of Domestic Violence target", "Alan Dawkes / Peter Lowton"],
  [day(2010, 1, 18), "Place Survey results: impact on delivery of LAA outcomes", "Duncan Wood / Kay Asuni"],
  [day(2010, 2, 15), "'Toolkit': next steps", "Gwyn Owen"],
  [day(2010, 3, 22), "LAA Refresh: Year 3 targets", "Thematic Leads"],
  ["To be allocated", "Review of Carer's Assessment Target", "CWOP"],
];

export function addSamplePapers(book: ExcelJS.Workbook): void {
  addTable(book, "Commentary", ["Partnership", "Section", "Text"], [34, 24, 100], COMMENTARY);

  const meeting = addTable(book, "Meeting", ["Field", "Value"], [16, 60], [
    ["Title", "LAA Performance Management Group"],
    ["Date", day(2009, 10, 19)],
    ["Time", "9:30 to 11:00"],
    ["Venue", "Committee Room 1, County Hall, Chelmsford"],
    ["Chair", "Peter Lowton"],
    ["Next meeting", day(2009, 11, 16)],
    ["Next meeting time", "9:30 to 11:00"],
    ["Next meeting venue", "Committee Room 2, County Hall, Chelmsford"],
    ["Minutes status", "Draft"],
  ]);
  meeting.getColumn(2).alignment = { horizontal: "left" };

  addTable(book, "Attendance", ["Name", "Organisation / role", "Attendance"], [24, 60, 16], ATTENDANCE);
  addTable(book, "Agenda", ["No", "Item", "Discussion", "Action / decision"], [5, 36, 80, 50], AGENDA);
  addTable(book, "Actions", ["No", "Action", "Owner", "Due", "Status", "Item"], [5, 70, 24, 18, 10, 6], ACTIONS);
  addTable(book, "Forward plan", ["Date", "Item", "Responsibility"], [18, 60, 30], FORWARD_PLAN);
}
