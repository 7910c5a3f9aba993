/**
 * A browser as far as OAuth is concerned: a cookie jar (per host and path) and redirect following.
 * Requests to the gateway go to its in-process handler; everything else must be a fake on
 * 127.0.0.1 (anything else throws: no traffic leaves loopback). Stops at `stopAt` origins (the
 * frontend), which it never fetches.
 */
export interface Hop {
  url: string;
  status: number;
  location?: string;
}

export interface Landing {
  /** The URL the browser ended on. */
  url: URL;
  /** The final response (undefined when it stopped at a frontend origin without fetching). */
  response?: Response;
  hops: Hop[];
}

interface Cookie {
  name: string;
  value: string;
  host: string;
  path: string;
  expires: number;
}

export class TestBrowser {
  private cookies: Cookie[] = [];

  constructor(
    private readonly gateway: { origin: string; fetch: (r: Request) => Promise<Response> },
    private readonly stopAt: string[],
  ) {}

  cookieNames(host?: string): string[] {
    return this.cookies.filter((c) => !host || c.host === host).map((c) => c.name);
  }

  clearCookies(): void {
    this.cookies = [];
  }

  /** One request, no redirect following. */
  async request(url: string): Promise<Response> {
    const target = new URL(url);
    const cookieHeader = this.cookies
      .filter((c) => c.host === target.host && target.pathname.startsWith(c.path) && c.expires > Date.now())
      .map((c) => `${c.name}=${c.value}`)
      .join("; ");
    const headers: Record<string, string> = { accept: "text/html,application/xhtml+xml" };
    if (cookieHeader) headers.cookie = cookieHeader;
    let response: Response;
    if (target.origin === this.gateway.origin) {
      response = await this.gateway.fetch(new Request(url, { headers, redirect: "manual" }));
    } else {
      if (target.hostname !== "127.0.0.1") throw new Error(`the test browser only talks to loopback fakes, not ${target.origin}`);
      response = await fetch(url, { headers, redirect: "manual" });
    }
    for (const line of response.headers.getSetCookie()) this.store(target, line);
    return response;
  }

  /** Follows redirects from `url` until a non-redirect answer or a frontend origin. */
  async visit(url: string, maxHops = 10): Promise<Landing> {
    const hops: Hop[] = [];
    let current = new URL(url);
    for (let i = 0; i < maxHops; i++) {
      if (this.stopAt.includes(current.origin)) return { url: current, hops };
      const response = await this.request(current.toString());
      const location = response.headers.get("location") ?? undefined;
      hops.push({ url: current.toString(), status: response.status, location });
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response, hops };
      await response.body?.cancel();
      current = new URL(location, current);
    }
    throw new Error("too many redirects");
  }

  private store(origin: URL, line: string) {
    const [pair, ...attributes] = line.split(";").map((p) => p.trim());
    const eq = pair!.indexOf("=");
    const name = pair!.slice(0, eq);
    const value = pair!.slice(eq + 1);
    let path = "/";
    let expires = Number.POSITIVE_INFINITY;
    for (const attribute of attributes) {
      const [k, v] = attribute.split("=");
      if (k!.toLowerCase() === "path") path = v ?? "/";
      if (k!.toLowerCase() === "max-age") expires = Date.now() + Number(v) * 1000;
    }
    this.cookies = this.cookies.filter((c) => !(c.name === name && c.host === origin.host && c.path === path));
    if (expires > Date.now()) this.cookies.push({ name, value, host: origin.host, path, expires });
  }
}
