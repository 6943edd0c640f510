import { deflateSync, inflateSync } from "fflate";
import { ZipCodec } from "./zip";

// fflate: the same code, and so the same bytes, in every browser. The page's refresh compresses with it;
// the command line uses Node's zlib instead (src/node/node-files).

/**
 * Level 5: on a 10,000-indicator sheet (5 MB of XML) it takes about half the time of level 6 for a part
 * some 8% larger, and only the parts the refresh changed are compressed at all.
 */
export const FFLATE: ZipCodec = {
  inflate: (stored, size) => inflateSync(stored, { out: new Uint8Array(size) }),
  deflate: (content) => deflateSync(content, { level: 5 }),
};
