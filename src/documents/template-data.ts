// A template as the CLI (bytes from a file) or the task pane (a Blob from fetch or a file input) holds it.
export type TemplateData = Uint8Array | ArrayBuffer | Blob;

export async function templateBytes(data: TemplateData): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(await data.arrayBuffer());
}
