// A template as the CLI (bytes from a file) or the task pane (an ArrayBuffer from fetch, a Blob
// from a file input) holds it. Checked by tag rather than instanceof, which fails across realms
// (an iframe's ArrayBuffer, or node's under a browser test environment).
export type TemplateData = Uint8Array | ArrayBuffer | Blob;

export async function templateBytes(data: TemplateData): Promise<Uint8Array> {
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (Object.prototype.toString.call(data) === "[object ArrayBuffer]") return new Uint8Array(data as ArrayBuffer);
  return new Uint8Array(await (data as Blob).arrayBuffer());
}
