import { Fill, PaperInfo, fillTemplate } from "./fill";
import { PlaceholderSpec } from "./placeholders";
import { TemplateFinding, checkTemplate } from "./template-check";
import { TemplateData, templateBytes } from "./template-data";

// What building any paper is: check the template, and only then fill it. Nothing is generated when
// the template has a problem; each problem names its placeholder.

export interface DocumentOptions {
  /** The template's name in messages (default: the standard template's file name). */
  templateName?: string;
  /** When the document is made: its created and modified properties, and {{generated}}; now by default. */
  generated?: Date;
}

export type DocumentResult = { ok: true; bytes: Uint8Array } | { ok: false; problems: TemplateFinding[] };

export interface PaperContent {
  fills: Record<string, Fill>;
  info: Omit<PaperInfo, "created">;
}

export async function buildPaper(
  template: TemplateData,
  specs: readonly PlaceholderSpec[],
  standardName: string,
  options: DocumentOptions,
  content: (generated: Date) => PaperContent,
): Promise<DocumentResult> {
  const bytes = await templateBytes(template);
  const problems = await checkTemplate(bytes, specs, options.templateName ?? standardName);
  if (problems.length > 0) return { ok: false, problems };
  const generated = options.generated ?? new Date();
  const { fills, info } = content(generated);
  return { ok: true, bytes: await fillTemplate(bytes, fills, { ...info, created: generated }) };
}
