import JSZip from "jszip";

// A standard template saved as another Word kind, as Word saves it: the main part's content type,
// and for a macro-enabled one the whole macro project Word writes (the VBA project, its data, their
// relationships), key bindings to a macro, and a ribbon whose button runs one.

export const DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
export const MAIN: Record<"docx" | "dotx" | "docm" | "dotm", string> = {
  docx: DOCUMENT,
  dotx: "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
  docm: "application/vnd.ms-word.document.macroEnabled.main+xml",
  dotm: "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
};
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const relationship = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;

export async function asKind(template: Uint8Array, kind: keyof typeof MAIN): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(template);
  let types = (await zip.file("[Content_Types].xml")!.async("string")).replace(DOCUMENT, MAIN[kind]);
  if (kind === "docm" || kind === "dotm") {
    zip.file("word/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]));
    zip.file("word/vbaData.xml", '<?xml version="1.0"?><wne:vbaSuppData xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"/>');
    zip.file("word/_rels/vbaProject.bin.rels", `<?xml version="1.0"?><Relationships xmlns="${RELS}">${relationship("rId1", "http://schemas.microsoft.com/office/2006/relationships/wordVbaData", "vbaData.xml")}</Relationships>`);
    zip.file("word/customizations.xml", '<?xml version="1.0"?><wne:tcg xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"><wne:keymaps><wne:keymap wne:kcmPrimary="0451"><wne:macro wne:macroName="PROJECT.MODULE1.REFRESH"/></wne:keymap></wne:keymaps></wne:tcg>');
    zip.file("customUI/customUI14.xml", '<customUI xmlns="http://schemas.microsoft.com/office/2009/07/customui"><ribbon><tabs><tab id="laa" label="LAA"><group id="g" label="Papers"><button id="b" label="Refresh" onAction="Refresh"/></group></tab></tabs></ribbon></customUI>');
    types = types
      .replace("<Default ", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default ')
      .replace("</Types>",
        '<Override PartName="/word/vbaData.xml" ContentType="application/vnd.ms-word.vbaData+xml"/>' +
        '<Override PartName="/word/customizations.xml" ContentType="application/vnd.ms-word.keyMapCustomizations+xml"/></Types>');
    const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
    zip.file("word/_rels/document.xml.rels", rels.replace("</Relationships>",
      relationship("rIdVba", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin") +
      relationship("rIdKeys", "http://schemas.microsoft.com/office/2006/relationships/keyMapCustomizations", "customizations.xml") + "</Relationships>"));
    const root = await zip.file("_rels/.rels")!.async("string");
    zip.file("_rels/.rels", root.replace("</Relationships>", relationship("rIdUi", "http://schemas.microsoft.com/office/2007/relationships/ui/extensibility", "customUI/customUI14.xml") + "</Relationships>"));
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** What Word checks first: the main part's content type, and whether any macro part or reference is left. */
export async function kindOf(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  const rels = await Promise.all(Object.keys(zip.files).filter((n) => n.endsWith(".rels")).map((n) => zip.file(n)!.async("string")));
  return {
    main: /<Override[^>]*PartName="\/word\/document\.xml"[^>]*\/>/.exec(types)?.[0].match(/ContentType="([^"]+)"/)?.[1],
    macroParts: Object.keys(zip.files).filter((n) => /vba|customizations|customUI/i.test(n)),
    macroTypes: /vbaProject|vbaData|macroEnabled|keyMapCustomizations/.test(types),
    macroRelationships: rels.some((r) => /vbaProject|keyMapCustomizations|ui\/extensibility/.test(r)),
  };
}
