import { it } from "vitest";
import { startLiveGateway } from "../support/live-gateway.js";
it("live", async () => {
  const gw = await startLiveGateway();
  const r = await fetch(`${gw.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
  console.log(r.status, await r.text());
  const big = JSON.stringify({ query: `{${" a:__typename".repeat(850_000)}}` });
  const t = performance.now();
  const r2 = await fetch(`${gw.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: big }).catch((e) => e);
  console.log(r2.status, performance.now() - t, r2.status ? await r2.text() : r2);
  await gw.close();
});
