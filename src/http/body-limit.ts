import { problem } from "./problem.js";

const tooLarge = (max: number) => problem(413, "request_too_large", "Content Too Large", `The request body is larger than ${max} bytes`, { limit: max });

/**
 * Refuses a body over `max` bytes before anything parses it: by its Content-Length when declared,
 * else by counting while it streams in (reading stops at the first byte too many). Answers the
 * request to pass on (its body read, at most `max` bytes) or a 413 problem+json.
 */
export async function withBoundedBody(request: Request, max: number): Promise<Request | Response> {
  if (!request.body) return request;
  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= max)) return tooLarge(max);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      // Not cancelled: that would reset the connection before the client reads the 413. Node
      // discards the rest of the body once the answer is sent.
      reader.releaseLock();
      return tooLarge(max);
    }
    chunks.push(value);
  }
  return new Request(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks), signal: request.signal });
}
