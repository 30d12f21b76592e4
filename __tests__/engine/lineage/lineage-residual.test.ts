// Residual alignment (issue 7): a fine-tune whose residual stream was permuted and sign-flipped
// hides from the unaligned matching and is found once B's channels are put back in A's order, by
// shared-token rows or, behind a fresh vocabulary, by the layers alone (token-free); the recovered
// channel map is the one applied, and its inverse maps back.
import { describe, expect, it } from "vitest";
import { verdictFromLineage } from "../../../src/engine/lineage/lineage-verdict.js";
import type { LineageProbe } from "../../../src/engine/lineage/probe.js";
import { lineageOfProbes } from "../../../src/engine/lineage/probe-lineage.js";
import { alignWithoutTokens } from "../../../src/engine/lineage/token-free-alignment.js";
import {
  alignByEmbeddings,
  invertChannelMap,
  sharedTokenRows,
} from "../../../src/engine/lineage/residual-alignment.js";
import { probeOf } from "../../helpers/lineage-null.js";
import { makeModel } from "../../helpers/model-factory.js";
import { freshVocab } from "../../helpers/model-transforms/fresh-vocab.js";
import { fineTune } from "../../helpers/model-transforms/numeric.js";
import { permuteResidual } from "../../helpers/model-transforms/residual-permutation.js";

const spec = { arch: "llama", hidden: 64, layers: 2, heads: 4, kvHeads: 2, vocab: 512 } as const;

describe("residual alignment by shared tokens", () => {
  const base = makeModel({ ...spec, seed: 1 });
  const disguised = permuteResidual(fineTune(base, { std: 0.05, seed: 3 }), 21);

  it("recovers the applied channel permutation and signs; the inverse maps back", async () => {
    const [a, b] = [await probeOf(base), await probeOf(disguised.model)];
    expect(a.tokens.strings).toEqual(b.tokens.strings);
    expect(a.tokens.strings.length).toBe(256);
    const n = a.tokens.strings.length;
    const all = Int32Array.from({ length: n }, (_, i) => i);
    const map = alignByEmbeddings(a.tokens.rows.subarray(0, n * 64), b.tokens.rows.subarray(0, n * 64), 64, {
      a: all,
      b: all,
    })!;
    // B channel i is A channel perm[i]: A's channel j is found at the i with perm[i] = j.
    const expected = new Int32Array(64);
    for (let i = 0; i < 64; i++) expected[disguised.perm[i]!] = i;
    expect([...map.channels]).toEqual([...expected]);
    expect([...map.signs]).toEqual([...expected].map((i) => disguised.signs[i]));
    const back = invertChannelMap(map);
    expect([...back.channels]).toEqual([...disguised.perm]);
    expect([...back.signs]).toEqual([...disguised.signs]);
  });

  it("the lineage test keeps the alignment with the larger T", async () => {
    const [a, b] = [await probeOf(base), await probeOf(disguised.model)];
    const r = lineageOfProbes(a, b)!;
    expect([r.alignment, r.t]).toEqual(["shared-tokens", 1]);
    const self = lineageOfProbes(a, a)!;
    expect([self.alignment, self.t]).toEqual(["none", 1]);
    // Without token rows the layers alone realign the stream (token-free, below).
    const blind = (p: LineageProbe): LineageProbe => ({
      ...p,
      tokens: { strings: [], rows: new Float32Array(0) },
    });
    const unaligned = lineageOfProbes(blind(a), blind(b))!;
    expect([unaligned.alignment, unaligned.t]).toEqual(["token-free", 1]);
    expect(verdictFromLineage({ kind: "outcome", outcome: unaligned }).label).toBe("high-confidence-match");
  });

  it("too few shared tokens: no alignment", () => {
    const none = sharedTokenRows(new Map([["x", 0]]), new Map([["x", 0]]), 10, 10);
    expect(alignByEmbeddings(new Float32Array(640), new Float32Array(640), 64, none)).toBeNull();
  });
});

describe("token-free residual alignment", () => {
  const base = makeModel({ ...spec, seed: 1 });
  const disguised = permuteResidual(freshVocab(fineTune(base, { std: 0.05, seed: 3 }), 4), 21);

  it("a fresh vocabulary leaves no shared token to align by", async () => {
    const [a, b] = [await probeOf(base), await probeOf(disguised.model)];
    const shared = b.tokens.strings.filter((t) => a.tokens.strings.includes(t));
    // Only the three added tokens, which the hash may or may not have drawn: far below 32.
    expect(shared.every((t) => ["<unk>", "<s>", "</s>"].includes(t))).toBe(true);
  });

  it("recovers the applied permutation from the layers, and the signs up to one global sign", async () => {
    const [a, b] = [await probeOf(base), await probeOf(disguised.model)];
    const { perm, signs } = disguised;
    const map = alignWithoutTokens(a, b)!;
    // B channel i is A channel perm[i] × signs[i]; negating every channel negates every unit view,
    // which |cos| cannot see, so the signs are exact up to one factor for all channels.
    const global = (map.signs[perm[0]!] as number) * (signs[0] as number);
    expect([...perm].map((p) => map.channels[p])).toEqual([...perm.keys()]);
    expect([...perm].map((p) => map.signs[p])).toEqual([...signs].map((x) => x * global));
    const r = lineageOfProbes(a, b)!;
    expect([r.alignment, r.t, r.unitsCompared]).toEqual(["token-free", 1, 2 * (32 + 64 + 3 * 192)]);
  });

  it("needs unprojected probes of one width", async () => {
    const a = await probeOf(base);
    const wide = await probeOf(makeModel({ ...spec, hidden: 320, layers: 1, seed: 5 }));
    expect(wide.dims).toBe(256);
    expect(alignWithoutTokens(wide, wide)).toBeNull();
    expect(alignWithoutTokens(a, wide)).toBeNull();
    const narrow = await probeOf(makeModel({ ...spec, hidden: 32, seed: 6 }));
    expect(alignWithoutTokens(a, narrow)).toBeNull();
  });
});
