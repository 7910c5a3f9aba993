import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as a fake saw it. */
export interface FakeRequest {
  method: string;
  url: URL;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: string;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as it is. */
  body?: unknown;
  /** Wait this long before answering (the request was handled already). */
  delayMs?: number;
  /** Handled, then the connection is dropped instead of answering (the answer is lost). */
  dropAnswer?: boolean;
}

export type FakeHandler = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>;

/** An answer whose body stalls after `start`: headers sent, body never finished. */
export interface StalledBody {
  stall: { status: number; headers?: Record<string, string>; start: string };
}
export const stallBody = (status: number, start: string, headers: Record<string, string> = {}): StalledBody => ({ stall: { status, headers, start } });

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): FakeResponse => ({ status, body, headers });
export const redirectTo = (location: string): FakeResponse => ({ status: 302, headers: { location } });
export const html = (status: number, text: string): FakeResponse => ({ status, body: `<!doctype html><title>Error</title><p>${text}</p>`, headers: { "content-type": "text/html" } });

/** Form body (application/x-www-form-urlencoded) or JSON body as URLSearchParams. */
export function formOf(req: FakeRequest): URLSearchParams {
  if ((req.headers["content-type"] ?? "").includes("application/json")) {
    const parsed = req.body ? (JSON.parse(req.body) as Record<string, unknown>) : {};
    return new URLSearchParams(Object.entries(parsed).map(([k, v]) => [k, String(v)]));
  }
  return new URLSearchParams(req.body);
}

/** Client credentials from HTTP Basic (RFC 6749 §2.3.1: form-urlencoded parts) or the body. */
export function clientCredentials(req: FakeRequest, form: URLSearchParams): { id?: string; secret?: string; viaHeader: boolean } {
  const auth = req.headers.authorization ?? "";
  if (auth.toLowerCase().startsWith("basic ")) {
    const [id, secret] = Buffer.from(auth.slice(6), "base64").toString("utf8").split(":");
    return { id: decodeURIComponent(id ?? ""), secret: decodeURIComponent(secret ?? ""), viaHeader: true };
  }
  return { id: form.get("client_id") ?? undefined, secret: form.get("client_secret") ?? undefined, viaHeader: false };
}

export const bearerOf = (req: FakeRequest) => /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];

/**
 * A real HTTP server on 127.0.0.1 with a request log. `calls` lets a test count upstream traffic;
 * `failNext` injects failures (status or a dropped connection) for the next matching requests.
 */
export class FakeHttpServer {
  readonly calls: FakeRequest[] = [];
  private injected: { match: (r: FakeRequest) => boolean; response: FakeResponse | "drop" | StalledBody; times: number }[] = [];
  private holds: { match: (r: FakeRequest) => boolean; phase: "request" | "response"; arrived: (r: FakeRequest) => void; gate: Promise<void> }[] = [];
  private server!: Server;
  url = "";

  constructor(private readonly handler: FakeHandler) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Calls whose method and path match (path: exact string or a RegExp). */
  count(method: string, path: string | RegExp): number {
    return this.calls.filter((c) => c.method === method && (typeof path === "string" ? c.path === path : path.test(c.path))).length;
  }

  /**
   * The next `times` requests matching answer with `response`, have their connection dropped
   * ("drop"), or get the headers and the start of a body that then never ends (`stallBody(…)`).
   */
  failNext(match: (r: FakeRequest) => boolean, response: FakeResponse | "drop" | StalledBody, times = 1): void {
    this.injected.push({ match, response, times });
  }

  /**
   * Holds the next matching request, before it is handled ("request") or after it was handled but
   * before the answer goes out ("response"): `reached` resolves when it gets there, `release()` lets
   * it go on. For staging races, e.g. a refresh that outlives its lease.
   */
  holdNext(match: (r: FakeRequest) => boolean, phase: "request" | "response" = "request"): { reached: Promise<FakeRequest>; release(): void } {
    let arrived!: (r: FakeRequest) => void;
    let release!: () => void;
    const reached = new Promise<FakeRequest>((resolve) => (arrived = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    this.holds.push({ match, phase, arrived, gate });
    return { reached, release };
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async handle(req: IncomingMessage, res: import("node:http").ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", this.url);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : (v ?? "")]));
    const fakeReq: FakeRequest = { method: req.method ?? "GET", url, path: url.pathname, query: url.searchParams, headers, body: Buffer.concat(chunks).toString("utf8") };
    this.calls.push(fakeReq);
    const hold = this.holds.find((h) => h.match(fakeReq));
    if (hold) this.holds.splice(this.holds.indexOf(hold), 1);
    if (hold?.phase === "request") {
      hold.arrived(fakeReq);
      await hold.gate;
    }
    let response: FakeResponse;
    const injected = this.injected.find((i) => i.times > 0 && i.match(fakeReq));
    if (injected) {
      injected.times--;
      if (injected.response === "drop") {
        req.socket.destroy();
        return;
      }
      if ("stall" in injected.response) {
        // Headers and a first chunk go out; the rest never comes (the socket stays open until close()).
        const { status, headers, start } = injected.response.stall;
        res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
        res.write(start);
        return;
      }
      response = injected.response;
    } else {
      try {
        response = await this.handler(fakeReq);
      } catch (error) {
        response = json(500, { message: `fake crashed: ${(error as Error).message}` });
      }
    }
    if (hold?.phase === "response") {
      hold.arrived(fakeReq);
      await hold.gate;
    }
    if (response.delayMs) await new Promise((resolve) => setTimeout(resolve, response.delayMs));
    if (response.dropAnswer) {
      req.socket.destroy();
      return;
    }
    const body = response.body === undefined ? "" : typeof response.body === "string" ? response.body : JSON.stringify(response.body);
    const outHeaders: Record<string, string> = { ...response.headers };
    if (response.body !== undefined && typeof response.body !== "string" && !Object.keys(outHeaders).some((h) => h.toLowerCase() === "content-type")) {
      outHeaders["content-type"] = "application/json; charset=utf-8";
    }
    res.writeHead(response.status, outHeaders);
    res.end(body);
  }
}

export const randomId = (bytes = 16) => Buffer.from(crypto.getRandomValues(new Uint8Array(bytes))).toString("base64url");

/** RFC 7636 S256: base64url(sha256(verifier)). */
export async function s256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return Buffer.from(digest).toString("base64url");
}

export const VERIFIER_SYNTAX = /^[A-Za-z0-9\-._~]{43,128}$/;

/**
 * What every provider fake shares: a FakeHttpServer answering through `handle`, and `use()` to
 * plug in more routes (resource APIs) that are tried, in order, after the fake's own routes.
 */
export abstract class FakeUpstream<Args extends unknown[] = []> {
  readonly server: FakeHttpServer;
  protected readonly extensions: ((req: FakeRequest, ...args: Args) => FakeResponse | undefined | Promise<FakeResponse | undefined>)[] = [];

  constructor() {
    this.server = new FakeHttpServer((req) => this.handle(req));
  }

  protected abstract handle(req: FakeRequest): Promise<FakeResponse>;

  async start(): Promise<this> {
    await this.server.start();
    return this;
  }

  get url() {
    return this.server.url;
  }

  use(handler: (req: FakeRequest, ...args: Args) => FakeResponse | undefined | Promise<FakeResponse | undefined>): this {
    this.extensions.push(handler);
    return this;
  }

  /** The first plugged-in route that answers. */
  protected async extended(req: FakeRequest, ...args: Args): Promise<FakeResponse | undefined> {
    for (const extension of this.extensions) {
      const response = await extension(req, ...args);
      if (response) return response;
    }
    return undefined;
  }

  close() {
    return this.server.close();
  }
}
