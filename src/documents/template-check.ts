import JSZip from "jszip";
import { patchDetector } from "docx";
import { PlaceholderSpec } from "./placeholders";
import { TemplateData, templateBytes } from "./template-data";

// Preflight: a template is checked before anything is generated. A required placeholder it lacks,
// one the generator does not know, and a block placeholder sharing its paragraph with other text
// (which the block would wipe out) are each reported by name.

export interface TemplateFinding {
  severity: "error";
  /** The template's file name, as the user knows it. */
  template: string;
  /** What is wrong, so a caller can say it of several placeholders at once. */
  kind: "unreadable" | "missing" | "unknown" | "shared";
  placeholder: string;
  message: string;
  hint: string;
}

/** Text of each paragraph of the document's body, headers and footers, runs joined as Word shows them. */
async function paragraphTexts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n));
  const texts: string[] = [];
  for (const part of parts) {
    const xml = await zip.file(part)!.async("string");
    for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
      texts.push((p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, "")).join(""));
    }
  }
  return texts;
}

/** Whether the document part is in Strict Open XML's WordprocessingML namespace. */
async function isStrict(bytes: Uint8Array): Promise<boolean> {
  const zip = await JSZip.loadAsync(bytes).catch(() => undefined);
  const part = zip?.file("word/document.xml");
  const xml = part ? await part.async("string") : "";
  return /<(?:[\w.-]+:)?document\b[^>]*\sxmlns(?::[\w.-]+)?\s*=\s*["']http:\/\/purl\.oclc\.org\/ooxml\/wordprocessingml\/main["']/.test(xml);
}

/** Whether the package holds a Word document's main part, which every paper is filled into. */
async function hasDocumentPart(bytes: Uint8Array): Promise<boolean> {
  const zip = await JSZip.loadAsync(bytes).catch(() => undefined);
  return zip?.file("word/document.xml") != null;
}

export async function checkTemplate(template: TemplateData, specs: readonly PlaceholderSpec[], name: string): Promise<TemplateFinding[]> {
  const bytes = await templateBytes(template);
  const problem = (kind: TemplateFinding["kind"], placeholder: string, message: string, hint: string): TemplateFinding => ({ severity: "error", template: name, kind, placeholder, message, hint });
  // Strict Open XML uses other namespaces throughout; what we write is transitional, and a mix of the
  // two is a document Word does not open.
  if (await isStrict(bytes)) {
    return [problem("unreadable", "", `The template ${name} is saved as Strict Open XML, which this tool does not fill`, "Open it in Word and save it as a Word Document (.docx), not as a Strict Open XML Document")];
  }
  const unreadable = problem("unreadable", "", `The template ${name} cannot be read as a Word document`, "Open it in Word and save it as a Word Document (.docx)");
  // A workbook picked by mistake is a zip too, in which no placeholder is found: say what it is not,
  // rather than name every placeholder it lacks.
  if (!(await hasDocumentPart(bytes))) return [unreadable];
  let found: readonly string[];
  try {
    found = await patchDetector({ data: bytes, trimPlaceholders: true });
  } catch {
    return [unreadable];
  }
  const known = new Map(specs.map((s) => [s.name, s]));
  const problems: TemplateFinding[] = [];
  for (const spec of specs) {
    if (spec.required && !found.includes(spec.name)) {
      problems.push(problem("missing", spec.name, `The template ${name} has no {{${spec.name}}} placeholder`, `Put {{${spec.name}}} where ${spec.fills.charAt(0).toLowerCase()}${spec.fills.slice(1)} belongs`));
    }
  }
  for (const f of found) {
    if (!known.has(f)) problems.push(problem("unknown", f, `The template ${name} has a placeholder {{${f}}} that is not filled`, `Remove it or use one of the placeholders in templates/README.md`));
  }
  const blocks = specs.filter((s) => s.block && found.includes(s.name));
  if (blocks.length > 0) {
    const texts = await paragraphTexts(bytes);
    for (const spec of blocks) {
      const pattern = new RegExp(`\\{\\{\\s*${spec.name}\\s*\\}\\}`);
      if (texts.some((t) => pattern.test(t) && t.replace(pattern, "").trim() !== "")) {
        problems.push(problem("shared", spec.name, `In the template ${name}, {{${spec.name}}} shares its paragraph with other text`, `Give {{${spec.name}}} a paragraph of its own: it is replaced by a table or paragraphs`));
      }
    }
  }
  return problems;
}
