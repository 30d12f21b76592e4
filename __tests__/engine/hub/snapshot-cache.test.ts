import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openHubModel } from "../../../src/engine/hub/hub-source.js";
import { SnapshotCache } from "../../../src/engine/hub/snapshot-cache.js";
import { startLoopbackHub, type LoopbackHub } from "../../helpers/loopback-hub.js";
import { makeModel } from "../../helpers/model-factory.js";

const SHA = "1234567890abcdef1234567890abcdef12345678";

describe("SnapshotCache through openHubModel", () => {
  let hub: LoopbackHub;
  let dir: string;
  beforeAll(async () => {
    const m = makeModel({ arch: "llama", seed: 1, hidden: 64, layers: 2, heads: 4, kvHeads: 2, vocab: 512 });
    hub = await startLoopbackHub({ repos: [m.servedRepo("org/model", SHA)] });
  });
  afterAll(async () => hub.close());
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "pg-snap-"));
    hub.requests.length = 0;
  });

  const open = (revision: string, snapshots: SnapshotCache) =>
    openHubModel({ repo: "org/model", revision, hubUrl: hub.url, snapshots });

  it("a commit named by sha: the second open and its small files make no request", async () => {
    const cache = new SnapshotCache(dir);
    const first = await open(SHA, cache);
    const config = await first.readFile("config.json", 1 << 20);
    const cold = hub.requests.length;
    expect(cold).toBe(3); // model info, tree, config.json
    const second = await open(SHA.toUpperCase(), cache);
    expect(second.files).toEqual(first.files);
    expect(second.revision).toBe(SHA);
    expect(await second.readFile("config.json", 1 << 20)).toEqual(config);
    expect(hub.requests.length).toBe(cold);
    await rm(dir, { recursive: true, force: true });
  });

  it("a branch is always resolved by the Hub", async () => {
    const cache = new SnapshotCache(dir);
    await open("main", cache);
    await open("main", cache);
    expect(hub.requests.filter((r) => r.path.includes("/revision/main")).length).toBe(2);
    await rm(dir, { recursive: true, force: true });
  });

  it("a damaged listing or a file of the wrong size is fetched again, never trusted", async () => {
    const cache = new SnapshotCache(dir);
    const first = await open(SHA, cache);
    await first.readFile("config.json", 1 << 20);
    const repoDir = path.join(dir, (await readdir(dir))[0]!, SHA);
    await writeFile(
      path.join(repoDir, "listing.json"),
      JSON.stringify({
        format: 1,
        hubUrl: hub.url,
        repo: "org/model",
        sha: SHA,
        files: [{ path: "../x", size: 1 }],
      }),
    );
    for (const f of await readdir(path.join(repoDir, "files")))
      await writeFile(path.join(repoDir, "files", f), "{}");
    hub.requests.length = 0;
    const again = await open(SHA, cache);
    expect(again.files).toEqual(first.files);
    const text = new TextDecoder().decode(await again.readFile("config.json", 1 << 20));
    expect(JSON.parse(text)).toMatchObject({ model_type: "llama" });
    expect(hub.requests.map((r) => r.path.split("?")[0])).toEqual([
      `/api/models/org/model/revision/${SHA}`,
      `/api/models/org/model/tree/${SHA}`,
      `/org/model/resolve/${SHA}/config.json`,
    ]);
    await rm(dir, { recursive: true, force: true });
  });
});
