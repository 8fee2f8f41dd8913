// The JSON body of a POST or PATCH, read within bounds: anything but `application/json` is a 415, more than
// the limit a 413 (read no further than that, whatever Content-Length claimed), and what is not UTF-8 JSON a
// 400. The value is then the route's to check.

import { createMiddleware } from 'hono/factory';
import { problem } from './problem';

/** `application/json`, with no parameter or `charset=utf-8`, any case (RFC 8259 JSON is UTF-8). */
export function isJsonMediaType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type, ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase());
  return type === 'application/json' && parameters.every((p) => p === '' || /^charset="?utf-8"?$/.test(p));
}

/** The body's bytes, or null once there are more than `maxBytes` (the rest is not read). */
async function readAtMost(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array | null> {
  const bytes = new Uint8Array(maxBytes);
  let size = 0;
  // Leaving the loop early cancels the stream.
  for await (const chunk of body ?? []) {
    if (size + chunk.byteLength > maxBytes) return null;
    bytes.set(chunk, size);
    size += chunk.byteLength;
  }
  return bytes.subarray(0, size);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Puts the parsed JSON of a body of at most `maxBytes` in `c.var.body`, or answers the problem. */
export const jsonBody = (maxBytes: number) =>
  createMiddleware<{ Variables: { body: unknown } }>(async (c, next) => {
    const contentType = c.req.header('Content-Type');
    if (!isJsonMediaType(contentType)) {
      c.header(c.req.method === 'PATCH' ? 'Accept-Patch' : 'Accept-Post', 'application/json');
      const given = contentType ? `, not ${JSON.stringify(contentType.slice(0, 100))}` : '';
      return problem(c, 'unsupported-media-type', `The body must be JSON sent as Content-Type: application/json${given}.`);
    }
    const tooLarge = () => problem(c, 'payload-too-large', `The body is larger than ${maxBytes / 1024} KB.`);
    if (Number(c.req.header('Content-Length')) > maxBytes) return tooLarge();
    const bytes = await readAtMost(c.req.raw.body, maxBytes);
    if (!bytes) return tooLarge();

    const invalid = (reason: string) =>
      problem(c, 'invalid-body', `The body ${reason}; send a JSON object.`, { invalidParams: [{ name: 'body', reason }] });
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return invalid('is not UTF-8 text');
    }
    if (text.trim() === '') return invalid('is empty');
    try {
      c.set('body', JSON.parse(text));
    } catch {
      return invalid('is not valid JSON');
    }
    await next();
  });
