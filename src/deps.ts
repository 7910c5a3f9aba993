import type { Config } from "./config.js";
import type { TokenCipher } from "./crypto.js";
import type { Db } from "./db/client.js";
import type { Logger } from "./logger.js";
import type { Metrics } from "./metrics.js";
import type { HttpDeps } from "./providers/http.js";
import type { ProviderRegistry } from "./providers/registry.js";

/** Everything services need, built once by createApp and passed down (no module-level state). */
export interface Deps {
  config: Config;
  db: Db;
  cipher: TokenCipher;
  providers: ProviderRegistry;
  http: HttpDeps;
  logger: Logger;
  /** Prometheus metrics (optional: services work without them). */
  metrics?: Metrics;
  /** The clock; tests pass their own. */
  now: () => Date;
}
