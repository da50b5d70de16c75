/**
 * The Word package zipped (issue #5). A 10,000-clip briefing's
 * word/document.xml is ~10 MB; fflate's JavaScript deflate took most of the
 * Word export's time (scripts/bench/briefing-export.ts), the platform's own
 * deflate (CompressionStream "deflate-raw": Chrome 103+, Firefox 113+, Node
 * 18+) about a third of it, and writes a smaller file. Where it is missing,
 * fflate does it all.
 */
import { Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';

/** Files at least this large go to the platform's deflate; the small ones are not worth a stream. */
const nativeFrom = 64 * 1024;

export async function zipPackage(files: Record<string, Uint8Array>): Promise<Uint8Array> {
  if (!canDeflateNatively()) return zipSync(files, { level: 6 });
  const deflated = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const [name, data] of Object.entries(files)) if (data.length >= nativeFrom) deflated.set(name, await deflateRaw(data));

  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  // In the package's order: [Content_Types].xml stays first.
  for (const [name, data] of Object.entries(files)) {
    const compressed = deflated.get(name);
    const entry = compressed ? new Predeflated(name, compressed) : new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(data, true);
  }
  zip.end();
  if (failure) throw failure;
  return concat(chunks);
}

/**
 * A zip entry whose deflated bytes are ready: fflate's pass-through computes
 * the CRC and size of the original bytes pushed to it, and the deflated ones
 * are what goes in the file.
 */
class Predeflated extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly deflated: Uint8Array<ArrayBuffer>,
  ) {
    super(filename);
    this.compression = 8;
  }

  override process(_chunk: Uint8Array, final: boolean): void {
    this.ondata(null, this.deflated, final);
  }
}

function canDeflateNatively(): boolean {
  if (typeof CompressionStream !== 'function') return false;
  try {
    new CompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

async function deflateRaw(data: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
