import { Draft, NS, XML } from "./draft";
import { CONTENTS, PARTNERSHIPS, SCORECARD, WORKBOOK, esc } from "./scorecard-book";

// The things offices keep in their scorecard books, each added to the Excel-shaped book as Excel
// writes it: what a file refresh must carry through untouched.

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

export type Feature = (d: Draft) => void;

/** Defined names of every kind: a print area on whole columns, a formula, a sheet-scoped constant, a whole column. */
export const definedNames: Feature = (d) =>
  d.edit(WORKBOOK, (xml) =>
    xml.replace(
      /<definedNames>[\s\S]*<\/definedNames>/,
      "<definedNames>" +
        '<definedName name="_xlnm.Print_Area" localSheetId="1">Scorecard!$A:$N</definedName>' +
        '<definedName name="_xlnm.Print_Titles" localSheetId="1">Scorecard!$3:$3</definedName>' +
        '<definedName name="IndicatorCount">COUNTA(Scorecard!$A$4:$A$200)</definedName>' +
        '<definedName name="LocalTolerance" localSheetId="1">0.05</definedName>' +
        '<definedName name="Targets">Scorecard!$F:$F</definedName>' +
        '<definedName name="Leads" comment="Who leads each partnership">Partnerships!$B$2:$B$4</definedName>' +
        "</definedNames>",
    ),
  );

/** A note on an empty cell (P3), and one on an own-column cell (J6) that the refresh rewrites. */
export const notes: Feature = (d) => {
  d.add(
    "xl/comments1.xml",
    `${XML}<comments xmlns="${NS.main}"><authors><author>Performance Officer</author></authors><commentList>` +
      '<comment ref="P3" authorId="0" shapeId="0"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t>Performance Officer:</t></r><r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">\nAdd the Q3 column here in January.</t></r></text></comment>' +
      '<comment ref="J6" authorId="0" shapeId="0"><text><t>Checked with the police analyst.</t></text></comment>' +
      "</commentList></comments>",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  );
  const shape = (row: number, column: number, id: number) =>
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`;
  d.add(
    "xl/drawings/vmlDrawing1.vml",
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
      shape(2, 15, 1025) +
      shape(5, 9, 1026) +
      "</xml>",
  );
  d.addDefault("vml", "application/vnd.openxmlformats-officedocument.vmlDrawing");
  d.rel(SCORECARD, `${R}/comments`, "../comments1.xml");
  const id = d.rel(SCORECARD, `${R}/vmlDrawing`, "../drawings/vmlDrawing1.vml");
  d.insertInSheet(SCORECARD, "legacyDrawing", `<legacyDrawing r:id="${id}"/>`);
};

/** Sparklines of Q1 to Q2 beside each indicator, in the sheet's x14 extension list. */
export const sparklines: Feature = (d) =>
  d.edit(SCORECARD, (xml) =>
    xml.replace(
      "</ext></extLst></worksheet>",
      `</ext><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${NS.x14}"><x14:sparklineGroups xmlns:xm="${NS.xm}"><x14:sparklineGroup displayEmptyCellsAs="gap" markers="1"><x14:colorSeries theme="4" tint="-0.499984740745262"/><x14:colorNegative theme="5"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers theme="4" tint="-0.499984740745262"/><x14:colorFirst theme="4" tint="0.39997558519241921"/><x14:colorLast theme="4" tint="0.39997558519241921"/><x14:colorHigh theme="4"/><x14:colorLow theme="4"/><x14:sparklines>` +
        [5, 6, 7].map((r) => `<x14:sparkline><xm:f>Scorecard!G${r}:H${r}</xm:f><xm:sqref>O${r}</xm:sqref></x14:sparkline>`).join("") +
        "</x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst></worksheet>",
    ),
  );

/** A drop-down of partnerships from another sheet (Excel 2010's x14 form), and a validation on whole columns F:N. */
export const validations: Feature = (d) => {
  d.insertInSheet(SCORECARD, "dataValidations", '<dataValidations count="1"><dataValidation type="decimal" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="F1:N1048576"><formula1>-1000000</formula1><formula2>1000000</formula2></dataValidation></dataValidations>');
  d.edit(SCORECARD, (xml) =>
    xml.replace(
      "</ext></extLst></worksheet>",
      `</ext><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${NS.x14}"><x14:dataValidations count="1" xmlns:xm="${NS.xm}"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>Partnerships!$A$2:$A$4</xm:f></x14:formula1><xm:sqref>C5:C14</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>`,
    ),
  );
};

/** Manual page breaks after each partnership's block and before the status columns. */
export const pageBreaks: Feature = (d) => {
  d.insertInSheet(SCORECARD, "rowBreaks", '<rowBreaks count="2" manualBreakCount="2"><brk id="7" max="16383" man="1"/><brk id="11" max="16383" man="1"/></rowBreaks>');
  d.insertInSheet(SCORECARD, "colBreaks", '<colBreaks count="1" manualBreakCount="1"><brk id="9" max="1048575" man="1"/></colBreaks>');
};

/** Fit to one page wide, gridlines and headings printed, a header and footer. */
export const printSetup: Feature = (d) => {
  d.edit(SCORECARD, (xml) => xml.replace('<sheetPr><tabColor rgb="FF00B050"/></sheetPr>', '<sheetPr><tabColor rgb="FF00B050"/><pageSetUpPr fitToPage="1"/></sheetPr>').replace('<pageSetup paperSize="9" orientation="landscape" r:id="rId1"/>', '<pageSetup paperSize="9" scale="64" fitToHeight="0" orientation="landscape" r:id="rId1"/>'));
  d.insertInSheet(SCORECARD, "printOptions", '<printOptions horizontalCentered="1" gridLines="1" headings="1"/>');
  d.insertInSheet(SCORECARD, "headerFooter", "<headerFooter><oddHeader>&amp;C&amp;\"-,Bold\"Essex LAA Scorecard</oddHeader><oddFooter>&amp;LOFFICIAL&amp;RPage &amp;P of &amp;N</oddFooter></headerFooter>");
};

/** Workbook calculation set to manual, as officers do on big books. */
export const manualCalculation: Feature = (d) => d.edit(WORKBOOK, (xml) => xml.replace('<calcPr calcId="191029"/>', '<calcPr calcId="191029" calcMode="manual" calcOnSave="0"/>'));

/** A dynamic-array formula spilling the partnership names on the Contents sheet, with its cell metadata. */
export const spill: Feature = (d) => {
  d.edit(CONTENTS, (xml) =>
    xml
      .replace('<dimension ref="A1:A3"/>', '<dimension ref="A1:C4"/>')
      .replace(/<row r="(\d)" spans="1:1"/g, '<row r="$1" spans="1:3"')
      .replace(/(<row r="2"[^>]*>[\s\S]*?)<\/row>/, '$1<c r="C2" cm="1" t="str"><f t="array" ref="C2:C4">_xlfn._xlws.SORT(Partnerships!A2:A4)</f><v>Greener Essex</v></c></row>')
      .replace(/(<row r="3"[^>]*>[\s\S]*?)<\/row>/, '$1<c r="C3" t="str"><v>Healthier Essex</v></c></row>')
      .replace("</sheetData>", '<row r="4" spans="1:3" x14ac:dyDescent="0.25"><c r="C4" t="str"><v>Safer Essex</v></c></row></sheetData>'),
  );
  d.add(
    "xl/metadata.xml",
    `${XML}<metadata xmlns="${NS.main}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml",
  );
  d.rel(WORKBOOK, `${R}/sheetMetadata`, "metadata.xml");
  d.edit("xl/calcChain.xml", (xml) => xml.replace("</calcChain>", '<c r="C2" i="1" a="1"/></calcChain>'));
};

/** A column chart of targets and actuals on the scorecard sheet. */
export const chart: Feature = (d) => {
  d.add("xl/charts/chart1.xml", chartXml(), "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
  d.add("xl/drawings/drawing1.xml", drawingXml("rId1", "Targets chart", true), DRAWING);
  d.rel("xl/drawings/drawing1.xml", `${R}/chart`, "../charts/chart1.xml");
  const id = d.rel(SCORECARD, `${R}/drawing`, "../drawings/drawing1.xml");
  d.insertInSheet(SCORECARD, "drawing", `<drawing r:id="${id}"/>`);
};

/** A logo on the Contents sheet. */
export const image: Feature = (d) => {
  d.add("xl/media/image1.png", PNG);
  d.addDefault("png", "image/png");
  d.add("xl/drawings/drawing2.xml", drawingXml("rId1", "Logo", false), DRAWING);
  d.rel("xl/drawings/drawing2.xml", `${R}/image`, "../media/image1.png");
  const id = d.rel(CONTENTS, `${R}/drawing`, "../drawings/drawing2.xml");
  d.insertInSheet(CONTENTS, "drawing", `<drawing r:id="${id}"/>`);
};

/** The Partnerships list as an Excel table (ListObject). */
export const table: Feature = (d) => {
  d.add(
    "xl/tables/table1.xml",
    `${XML}<table xmlns="${NS.main}" id="1" name="Leads" displayName="Leads" ref="A1:C4" totalsRowShown="0"><autoFilter ref="A1:C4"/><tableColumns count="3"><tableColumn id="1" name="Partnership"/><tableColumn id="2" name="Lead"/><tableColumn id="3" name="Deputy"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  );
  const id = d.rel(PARTNERSHIPS, `${R}/table`, "../tables/table1.xml");
  d.insertInSheet(PARTNERSHIPS, "tableParts", `<tableParts count="1"><tablePart r:id="${id}"/></tableParts>`);
};

/** A pivot table counting indicators per partnership, on a sheet of its own, with its cache. */
export const pivotTable: Feature = (d) => {
  const partnerships = ["Greener Essex", "Healthier Essex", "Safer Essex"];
  d.add(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `${XML}<pivotCacheDefinition xmlns="${NS.main}" xmlns:r="${NS.r}" r:id="rId1" refreshedBy="Performance Officer" refreshedDate="40098.375" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="8"><cacheSource type="worksheet"><worksheetSource ref="A3:C14" sheet="Scorecard"/></cacheSource><cacheFields count="3">` +
      '<cacheField name="Ref" numFmtId="0"><sharedItems containsBlank="1"/></cacheField><cacheField name="Indicator" numFmtId="0"><sharedItems containsBlank="1"/></cacheField>' +
      `<cacheField name="Thematic partnership" numFmtId="0"><sharedItems containsBlank="1" count="4">${partnerships.map((p) => `<s v="${p}"/>`).join("")}<m/></sharedItems></cacheField></cacheFields></pivotCacheDefinition>`,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
  );
  const records = [2, 2, 2, 0, 0, 0, 1, 1].map((p, i) => `<r><s v="R${i}"/><s v="I${i}"/><x v="${p}"/></r>`).join("");
  d.add("xl/pivotCache/pivotCacheRecords1.xml", `${XML}<pivotCacheRecords xmlns="${NS.main}" count="8">${records}</pivotCacheRecords>`, "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml");
  d.rel("xl/pivotCache/pivotCacheDefinition1.xml", `${R}/pivotCacheRecords`, "pivotCacheRecords1.xml");
  const cacheRel = d.rel(WORKBOOK, `${R}/pivotCacheDefinition`, "pivotCache/pivotCacheDefinition1.xml");
  d.add(
    "xl/worksheets/sheet4.xml",
    `${XML}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}"><dimension ref="A3:B7"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>` +
      '<row r="3"><c r="A3" t="inlineStr"><is><t>Row Labels</t></is></c><c r="B3" t="inlineStr"><is><t>Count of Ref</t></is></c></row>' +
      partnerships.map((p, i) => `<row r="${i + 4}"><c r="A${i + 4}" t="inlineStr"><is><t>${p}</t></is></c><c r="B${i + 4}"><v>${[3, 2, 3][i]}</v></c></row>`).join("") +
      '<row r="7"><c r="A7" t="inlineStr"><is><t>Grand Total</t></is></c><c r="B7"><v>8</v></c></row>' +
      '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>',
    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  );
  d.add(
    "xl/pivotTables/pivotTable1.xml",
    `${XML}<pivotTableDefinition xmlns="${NS.main}" name="PivotTable1" cacheId="7" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0"><location ref="A3:B7" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="3"><pivotField dataField="1" showAll="0"/><pivotField showAll="0"/><pivotField axis="axisRow" showAll="0"><items count="5"><item x="0"/><item x="1"/><item x="2"/><item x="3"/><item t="default"/></items></pivotField></pivotFields><rowFields count="1"><field x="2"/></rowFields><rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Count of Ref" fld="0" subtotal="count" baseField="0" baseItem="0"/></dataFields><pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>`,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
  );
  d.rel("xl/pivotTables/pivotTable1.xml", `${R}/pivotCacheDefinition`, "../pivotCache/pivotCacheDefinition1.xml");
  d.rel("xl/worksheets/sheet4.xml", `${R}/pivotTable`, "../pivotTables/pivotTable1.xml");
  const sheetRel = d.rel(WORKBOOK, `${R}/worksheet`, "worksheets/sheet4.xml");
  d.edit(WORKBOOK, (xml) =>
    xml
      .replace("</sheets>", `<sheet name="By partnership" sheetId="4" r:id="${sheetRel}"/></sheets>`)
      .replace("</workbook>", `<pivotCaches><pivotCache cacheId="7" r:id="${cacheRel}"/></pivotCaches></workbook>`),
  );
  d.edit("docProps/app.xml", (xml) => xml.replace("<vt:i4>3</vt:i4>", "<vt:i4>4</vt:i4>").replace('<vt:vector size="5" baseType="lpstr">', '<vt:vector size="6" baseType="lpstr">').replace("<vt:lpstr>Partnerships</vt:lpstr>", "<vt:lpstr>Partnerships</vt:lpstr><vt:lpstr>By partnership</vt:lpstr>"));
};

/** Sheet protection (on the Partnerships sheet) and a locked workbook window, with Excel's password hash. */
export const protection: Feature = (d) => {
  d.insertInSheet(PARTNERSHIPS, "sheetProtection", '<sheetProtection algorithmName="SHA-512" hashValue="q1mY3sVIRbb3tJz2+0+2vNwE4wFfbM1rfx5hBiXm2bmeQ7P0gC9rq7KqYjGkD4wS+vJhTyNBt0hpvWYHu0pDXA==" saltValue="YXtGJqMiH5WnHZnx4cH3ow==" spinCount="100000" sheet="1" objects="1" scenarios="1"/>');
  d.edit(WORKBOOK, (xml) => xml.replace("<bookViews>", '<workbookProtection lockWindows="1"/><bookViews>'));
};

/** Custom document properties carrying a Microsoft Information Protection sensitivity label: OFFICIAL. */
export const sensitivityLabel: Feature = (d) => {
  const id = "d8e5f1a2-3b4c-4d5e-8f90-a1b2c3d4e5f6";
  const props: [string, string][] = [
    [`MSIP_Label_${id}_Enabled`, "true"],
    [`MSIP_Label_${id}_SetDate`, "2009-10-12T09:00:00Z"],
    [`MSIP_Label_${id}_Method`, "Standard"],
    [`MSIP_Label_${id}_Name`, "OFFICIAL"],
    [`MSIP_Label_${id}_SiteId`, "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"],
    [`MSIP_Label_${id}_ContentBits`, "0"],
  ];
  d.add(
    "docProps/custom.xml",
    `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      props.map(([n, v], i) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${n}"><vt:lpwstr>${v}</vt:lpwstr></property>`).join("") +
      "</Properties>",
    "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  );
  d.rel("", `${R}/custom-properties`, "docProps/custom.xml");
};

/** A macro-enabled book: the workbook's content type and a VBA project part (bytes need not be a real project). */
export const macros: Feature = (d) => {
  d.setOverride(WORKBOOK, "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  d.add("xl/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new TextEncoder().encode("Attribute VB_Name = \"ThisWorkbook\"")]));
  d.setOverride("xl/vbaProject.bin", "application/vnd.ms-office.vbaProject");
  d.rel(WORKBOOK, "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin");
  d.edit(WORKBOOK, (xml) => xml.replace('<workbookPr defaultThemeVersion="166925"/>', '<workbookPr codeName="ThisWorkbook" defaultThemeVersion="166925"/>'));
};

function drawingXml(relId: string, name: string, isChart: boolean): string {
  const from = isChart ? "<xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>32</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>" : "<xdr:from><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>";
  const body = isChart
    ? `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${esc(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame>`
    : `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="${esc(name)}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${R}" r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="571500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`;
  return `${XML}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}"><xdr:twoCellAnchor editAs="oneCell">${from}${body}<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
}

function chartXml(): string {
  const ser = (i: number, column: string, name: string) =>
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>Scorecard!$${column}$3</c:f></c:strRef></c:tx><c:invertIfNegative val="0"/><c:cat><c:strRef><c:f>Scorecard!$A$5:$A$7</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Scorecard!$${column}$5:$${column}$7</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/></c:numCache></c:numRef></c:val></c:ser><!-- ${name} -->`;
  return (
    `${XML}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    ser(0, "F", "target") +
    ser(1, "H", "actual") +
    '<c:gapWidth val="219"/><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>'
  );
}

/** A 1x1 PNG (red). */
const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);
