import { Fill, PaperInfo, fillTemplate } from "./fill";
import { PaperTemplate, paperTemplate } from "./paper-template";
import { PlaceholderSpec } from "./placeholders";
import { TemplateFinding } from "./template-check";
import { TemplateData } from "./template-data";

// What building any paper is: check the template, and only then fill it. Nothing is generated when
// the template has a problem; each problem names its placeholder. A template prepared once
// (PaperTemplate.prepare) is checked once, for every paper made from it.

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
  template: TemplateData | PaperTemplate,
  specs: readonly PlaceholderSpec[],
  standardName: string,
  options: DocumentOptions,
  content: (generated: Date) => PaperContent,
): Promise<DocumentResult> {
  const ready = await paperTemplate(template, specs, options.templateName ?? standardName);
  if (!ready.ok) return ready;
  const generated = options.generated ?? new Date();
  const { fills, info } = content(generated);
  return { ok: true, bytes: await fillTemplate(ready.template, fills, { ...info, created: generated }) };
}
