// Action entry: says which version starts, then loads and starts run(). The first log line comes
// before the bundle's bulk (engine, Octokit, the cache client) is parsed, so a runner shows the
// step alive at once (design §11: ≤ 0.5 s to the first log line).
import { VERSION } from "./version.js";

process.stdout.write(`provenance-gate ${VERSION}\n`);
const { run } = await import("./action/main.js");
await run();
