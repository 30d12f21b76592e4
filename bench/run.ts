// npm run bench: prints every benchmark's figures. Never part of `npm test`.
import { benchDecode } from "./decode.js";
import { benchHubReads } from "./hub-reads.js";
import { benchTokenizer } from "./tokenizer.js";
import { benchFullLocal, benchSampled7b } from "./weights.js";
import { printResults } from "./timing.js";

printResults("Hub reads of the virtual Llama-2-7B (bf16, 2 shards) over loopback", await benchHubReads());
printResults("Decoding throughput (input bytes per second)", await benchDecode());
printResults("Tokenizer features (TFV, VOA, EAS anchors)", await benchTokenizer());
printResults("Weight signals, sampled profile, virtual Llama-2-7B over loopback", await benchSampled7b());
printResults("Weight signals, full profile, local 2.1 GB bf16 file", await benchFullLocal());
