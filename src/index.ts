// Action entry: starts run() and nothing else.
import { run } from "./action/main.js";

await run();
