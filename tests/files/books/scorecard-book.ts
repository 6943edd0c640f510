import { Draft, NS, XML } from "./draft";

// A scorecard written the way Excel writes one: shared strings, styles with number formats, borders and
// fills, a merged title, shared formulas (a Variance column, and a Status column an earlier version
// filled down by formula), a plain formula in Direction of travel, a calculation chain whose entries
// lean on the one before for their sheet id, x14ac row attributes and an x14 data bar. Features are
// added to it by ./features.ts.

export const SCORECARD = "xl/worksheets/sheet2.xml";
export const CONTENTS = "xl/worksheets/sheet1.xml";
export const PARTNERSHIPS = "xl/worksheets/sheet3.xml";
export const WORKBOOK = "xl/workbook.xml";

const T = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sst: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  calc: "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml",
  theme: "application/vnd.openxmlformats-officedocument.theme+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
};
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

type Value = string | number | { f: string; v: string | number; shared?: { si: number; ref?: string } } | null;

/** The indicator rows: ref, title, partnership, polarity, baseline, target, Q1, Q2. */
export const INDICATORS: [string, string, string, string, number, number, number, number][] = [
  ["NI 20", "Assault with injury crime rate", "Safer Essex", "Lower", 6.9, 6.3, 6.1, 5.9],
  ["NI 32", "Repeat incidents of domestic violence", "Safer Essex", "Lower", 0.31, 0.28, 0.3, 0.29],
  ["L18.1", "Anti-social behaviour incidents", "Safer Essex", "Lower", 12000, 11000, 12500, 13000],
  ["NI 186", "Per capita CO2 emissions", "Greener Essex", "Lower", 8.1, 7.6, 7.9, 7.5],
  ["NI 192", "Household waste recycled and composted", "Greener Essex", "Higher", 0.33, 0.4, 0.37, 0.41],
  ["NI 195", "Improved street cleanliness", "Greener Essex", "Lower", 0.1, 0.08, 0.09, 0.11],
  ["NI 39", "Alcohol-harm related hospital admissions", "Healthier Essex", "Lower", 1400, 1350, 1300, 1320],
  ["NI 120", "All-age all cause mortality rate", "Healthier Essex", "Lower", 640, 620, 615, 612],
];
const SECTIONS: Record<number, string> = { 4: "Safer Essex", 8: "Greener Essex", 12: "Healthier Essex" };
/** Indicator rows in sheet order (sections at 4, 8 and 12). */
export const INDICATOR_ROWS = [5, 6, 7, 9, 10, 11, 13, 14];
const PERCENT_ROWS = new Set([6, 10, 11]);
export const HEADERS = ["Ref", "Indicator", "Thematic partnership", "Polarity", "Baseline", "Target 2009/10", "Q1 2009/10", "Q2 2009/10", "Variance", "Status", "Direction of travel", "Planned improvement achieved", "Status as at", "Notes"];
/** Columns J:M are the refresh's own (Status, Direction of travel, Planned improvement achieved, Status as at). */
export const OWN_COLUMNS = [10, 11, 12, 13];

export class Strings {
  readonly list: string[] = [];
  index(text: string): number {
    let i = this.list.indexOf(text);
    if (i < 0) i = this.list.push(text) - 1;
    return i;
  }
  xml(count: number): string {
    const items = this.list.map((s) => `<si><t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ""}>${esc(s)}</t></si>`).join("");
    return `${XML}<sst xmlns="${NS.main}" count="${count}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function letters(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** One <c>, Excel style: text through the shared string table, numbers plain, formulas with their cached value. */
export function cell(strings: Strings, ref: string, value: Value, style = 0, counter?: { n: number }): string {
  const s = style ? ` s="${style}"` : "";
  if (value === null) return style ? `<c r="${ref}"${s}/>` : "";
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "string") {
    if (counter) counter.n++;
    return `<c r="${ref}"${s} t="s"><v>${strings.index(value)}</v></c>`;
  }
  const str = typeof value.v === "string" ? ' t="str"' : "";
  const shared = value.shared;
  const f = shared
    ? shared.ref
      ? `<f t="shared" ref="${shared.ref}" si="${shared.si}">${esc(value.f)}</f>`
      : `<f t="shared" si="${shared.si}"/>`
    : `<f>${esc(value.f)}</f>`;
  return `<c r="${ref}"${s}${str}>${f}<v>${typeof value.v === "string" ? esc(value.v) : value.v}</v></c>`;
}

function scorecardRows(strings: Strings, counter: { n: number }): string {
  const rows: string[] = [];
  const row = (r: number, cells: string, extra = "") => rows.push(`<row r="${r}" spans="1:14"${extra} x14ac:dyDescent="0.25">${cells}</row>`);
  row(1, cell(strings, "A1", "Essex LAA Scorecard, Quarter 2 2009/10", 1, counter), ' ht="18.75"');
  row(2, cell(strings, "N2", "Back to contents", 6, counter));
  row(3, HEADERS.map((h, i) => cell(strings, `${letters(i + 1)}3`, h, 2, counter)).join(""), ' ht="30" customHeight="1"');
  let k = 0;
  for (let r = 4; r <= 14; r++) {
    if (SECTIONS[r]) {
      // The Status formula was filled down over the section rows too, where it shows nothing.
      const status = { f: `IF(C${r}="","",IF(H${r}<=F${r},"Green","Red"))`, v: "", shared: { si: 1 } };
      row(r, cell(strings, `A${r}`, SECTIONS[r], 0, counter) + cell(strings, `J${r}`, r === 4 ? null : status, 5));
      continue;
    }
    const [ref, title, partnership, polarity, baseline, target, q1, q2] = INDICATORS[k++];
    const n = PERCENT_ROWS.has(r) ? 3 : 0;
    const first = r === 5 || r === 9 || r === 13;
    const groupEnd = r < 8 ? 7 : r < 12 ? 11 : 14;
    const variance = { f: `H${r}-F${r}`, v: Math.round((q2 - target) * 1000) / 1000, shared: first ? { si: r === 5 ? 0 : r === 9 ? 2 : 3, ref: `I${r}:I${groupEnd}` } : { si: r < 8 ? 0 : r < 12 ? 2 : 3 } };
    const better = polarity === "Lower" ? q2 <= target : q2 >= target;
    const status = { f: `IF(C${r}="","",IF(H${r}<=F${r},"Green","Red"))`, v: better ? "Green" : "Red", shared: r === 5 ? { si: 1, ref: "J5:J14" } : { si: 1 } };
    const direction = r === 5 ? { f: `IF(H5<G5,"Improving","Worsening")`, v: "Improving" } : q2 === q1 ? "No change" : "Improving";
    row(
      r,
      [
        cell(strings, `A${r}`, ref, 0, counter),
        cell(strings, `B${r}`, title, 0, counter),
        cell(strings, `C${r}`, partnership, 0, counter),
        cell(strings, `D${r}`, polarity, 0, counter),
        cell(strings, `E${r}`, baseline, n),
        cell(strings, `F${r}`, target, n),
        cell(strings, `G${r}`, q1, n),
        cell(strings, `H${r}`, q2, n),
        cell(strings, `I${r}`, variance, 4),
        cell(strings, `J${r}`, status, 5),
        cell(strings, `K${r}`, direction, 0, counter),
        cell(strings, `L${r}`, 0.5, 3),
        cell(strings, `M${r}`, "Q1 2009/10", 0, counter),
        r === 6 ? cell(strings, `N${r}`, "Figures from the police, one quarter behind", 0, counter) : "",
      ].join(""),
    );
  }
  return rows.join("");
}

export function scorecardBook(): Draft {
  const d = new Draft();
  const strings = new Strings();
  const counter = { n: 0 };
  d.rel("", `${R}/officeDocument`, "xl/workbook.xml");
  d.rel("", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml");
  d.rel("", `${R}/extended-properties`, "docProps/app.xml");
  d.add("docProps/core.xml", `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Performance Officer</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2009-10-12T09:00:00Z</dcterms:created></cp:coreProperties>`, T.core);
  d.add(
    "docProps/app.xml",
    `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
      `<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant><vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
      `<TitlesOfParts><vt:vector size="5" baseType="lpstr"><vt:lpstr>Contents</vt:lpstr><vt:lpstr>Scorecard</vt:lpstr><vt:lpstr>Partnerships</vt:lpstr><vt:lpstr>Scorecard!Print_Area</vt:lpstr><vt:lpstr>Scorecard!Print_Titles</vt:lpstr></vt:vector></TitlesOfParts>` +
      `<AppVersion>16.0300</AppVersion></Properties>`,
    T.app,
  );
  d.add(
    WORKBOOK,
    `${XML}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">` +
      `<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/>` +
      `<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" activeTab="1" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews>` +
      `<sheets><sheet name="Contents" sheetId="1" r:id="rId1"/><sheet name="Scorecard" sheetId="2" r:id="rId2"/><sheet name="Partnerships" sheetId="3" r:id="rId3"/></sheets>` +
      `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">Scorecard!$A$1:$N$14</definedName><definedName name="_xlnm.Print_Titles" localSheetId="1">Scorecard!$3:$3</definedName></definedNames>` +
      `<calcPr calcId="191029"/></workbook>`,
    T.workbook,
  );
  d.rel(WORKBOOK, `${R}/worksheet`, "worksheets/sheet1.xml");
  d.rel(WORKBOOK, `${R}/worksheet`, "worksheets/sheet2.xml");
  d.rel(WORKBOOK, `${R}/worksheet`, "worksheets/sheet3.xml");
  d.rel(WORKBOOK, `${R}/theme`, "theme/theme1.xml");
  d.rel(WORKBOOK, `${R}/styles`, "styles.xml");
  d.rel(WORKBOOK, `${R}/sharedStrings`, "sharedStrings.xml");
  d.rel(WORKBOOK, `${R}/calcChain`, "calcChain.xml");
  d.add("xl/theme/theme1.xml", THEME, T.theme);
  d.add("xl/styles.xml", STYLES, T.styles);

  const sheetOpen = `${XML}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="${NS.x14ac}" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{00000000-0001-0000-0000-000000000000}">`;
  const margins = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  d.add(
    CONTENTS,
    `${sheetOpen}<dimension ref="A1:A3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="1" width="30.7109375" customWidth="1"/></cols><sheetData>` +
      `<row r="1" spans="1:1" x14ac:dyDescent="0.25">${cell(strings, "A1", "Contents", 1, counter)}</row>` +
      `<row r="2" spans="1:1" x14ac:dyDescent="0.25">${cell(strings, "A2", "LAA Scorecard", 6, counter)}</row>` +
      `<row r="3" spans="1:1" x14ac:dyDescent="0.25">${cell(strings, "A3", "Partnership leads", 6, counter)}</row>` +
      `</sheetData><hyperlinks><hyperlink ref="A2" location="Scorecard!A1" display="LAA Scorecard" xr:uid="{6B2E9E55-0000-4000-8000-000000000001}"/><hyperlink ref="A3" location="Partnerships!A1" display="Partnership leads" xr:uid="{6B2E9E55-0000-4000-8000-000000000002}"/></hyperlinks>${margins}</worksheet>`,
    T.worksheet,
  );
  const dataBar =
    '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="' + NS.x14 + '"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="' + NS.xm + '"><x14:cfRule type="dataBar" id="{A1F3B3C2-1111-4B3C-9D2E-000000000001}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule><xm:sqref>L5:L14</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>';
  d.add(
    SCORECARD,
    `${sheetOpen}<sheetPr><tabColor rgb="FF00B050"/></sheetPr><dimension ref="A1:N14"/><sheetViews><sheetView tabSelected="1" zoomScale="90" zoomScaleNormal="90" workbookViewId="0"><pane xSplit="2" ySplit="3" topLeftCell="C4" activePane="bottomRight" state="frozen"/><selection pane="topRight" activeCell="C1" sqref="C1"/><selection pane="bottomLeft" activeCell="A4" sqref="A4"/><selection pane="bottomRight" activeCell="J5" sqref="J5"/></sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="1" width="9.140625" customWidth="1"/><col min="2" max="2" width="42.7109375" customWidth="1"/><col min="3" max="3" width="20.7109375" customWidth="1"/><col min="10" max="10" width="12.7109375" style="5" customWidth="1"/><col min="14" max="14" width="40.7109375" customWidth="1"/></cols>` +
      `<sheetData>${scorecardRows(strings, counter)}</sheetData>` +
      `<mergeCells count="1"><mergeCell ref="A1:N1"/></mergeCells>` +
      `<conditionalFormatting sqref="J5:J14"><cfRule type="containsText" dxfId="0" priority="2" operator="containsText" text="Red"><formula>NOT(ISERROR(SEARCH("Red",J5)))</formula></cfRule></conditionalFormatting>` +
      `<conditionalFormatting sqref="L5:L14"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${NS.x14}"><x14:id>{A1F3B3C2-1111-4B3C-9D2E-000000000001}</x14:id></ext></extLst></cfRule></conditionalFormatting>` +
      `<hyperlinks><hyperlink ref="N2" location="Contents!A1" display="Back to contents" xr:uid="{6B2E9E55-0000-4000-8000-000000000003}"/></hyperlinks>` +
      `${margins}<pageSetup paperSize="9" orientation="landscape" r:id="rId1"/>${dataBar}</worksheet>`,
    T.worksheet,
  );
  d.add("xl/printerSettings/printerSettings1.bin", new Uint8Array([0x50, 0x52, 0x4e, 0x54, 1, 2, 3, 4, 5, 6, 7, 8]));
  d.addDefault("bin", "application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings");
  d.rel(SCORECARD, `${R}/printerSettings`, "../printerSettings/printerSettings1.bin");

  const leads: [string, string, string | null][] = [["Safer Essex", "Alan Dawkes", null], ["Greener Essex", "Jo Smith", null], ["Healthier Essex", "Dr Ann Lee", "Tom Reed"]];
  d.add(
    PARTNERSHIPS,
    `${sheetOpen}<dimension ref="A1:C4"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="3" width="22.7109375" customWidth="1"/></cols><sheetData>` +
      `<row r="1" spans="1:3" x14ac:dyDescent="0.25">${["Partnership", "Lead", "Deputy"].map((h, i) => cell(strings, `${letters(i + 1)}1`, h, 2, counter)).join("")}</row>` +
      leads.map(([p, l, dep], i) => `<row r="${i + 2}" spans="1:3" x14ac:dyDescent="0.25">${cell(strings, `A${i + 2}`, p, 0, counter)}${cell(strings, `B${i + 2}`, l, 0, counter)}${dep ? cell(strings, `C${i + 2}`, dep, 0, counter) : ""}</row>`).join("") +
      `</sheetData>${margins}</worksheet>`,
    T.worksheet,
  );
  d.add("xl/sharedStrings.xml", strings.xml(counter.n), T.sst);
  // Entries after the first lean on it for their sheet id (i), as Excel writes them.
  const chain = ["J5", "J6", "J7", "J8", "J9", "J10", "J11", "J12", "J13", "J14", "I5", "I6", "I7", "I9", "I10", "I11", "I13", "I14", "K5"];
  d.add("xl/calcChain.xml", `${XML}<calcChain xmlns="${NS.main}">${chain.map((c, i) => `<c r="${c}"${i === 0 ? ' i="2" l="1"' : ""}/>`).join("")}</calcChain>`, T.calc);
  return d;
}

const STYLES =
  `${XML}<styleSheet xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="${NS.x14ac}" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">` +
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="&quot;£&quot;#,##0"/></numFmts>' +
  '<fonts count="4" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="14"/><color rgb="FF1F4E79"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><u/><sz val="11"/><color theme="10"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders>' +
  '<cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="3" fillId="0" borderId="0" applyNumberFormat="0" applyFill="0" applyBorder="0" applyAlignment="0" applyProtection="0"/></cellStyleXfs>' +
  '<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="3" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center"/></xf><xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="1"/></cellXfs>' +
  '<cellStyles count="2"><cellStyle name="Hyperlink" xfId="1" builtinId="8"/><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst></styleSheet>';

const THEME =
  `${XML}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>` +
  '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>' +
  '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>';
