// The 16-bit counting path gives the statistics the decoding path gives.
import { describe, expect, it } from "vitest";
import { readSafetensorsHeader } from "../../../../src/engine/formats/safetensors/header.js";
import { readTensor } from "../../../../src/engine/formats/safetensors/tensor-reader.js";
import { MemorySource } from "../../../../src/engine/io/byte-source.js";
import { halfTensorStats } from "../../../../src/engine/features/weights/half-stats.js";
import { encodeTensor } from "../../../helpers/dtype-encoders.js";
import { Rng } from "../../../helpers/rng.js";
import { writeSafetensors } from "../../../helpers/safetensors-writer.js";

const NEAR = Math.fround(1e-4);

describe.each(["BF16", "F16"] as const)("halfTensorStats on %s", (dtype) => {
  it("equals element-by-element statistics, samples included", async () => {
    const rng = new Rng(5);
    const values = Float32Array.from({ length: 300 * 70 }, (_, i) =>
      i % 97 === 0 ? 0 : i % 89 === 0 ? 5e-5 : rng.gaussian(0.02),
    );
    const bytes = writeSafetensors([
      { name: "w", dtype, shape: [300, 70], data: encodeTensor(dtype, values) },
    ]);
    const source = new MemorySource("m.safetensors", bytes);
    const t = (await readSafetensorsHeader(source)).tensors[0]!;
    const decoded = await readTensor(source, t);
    let sumSq = 0;
    let positive = 0;
    let nearZero = 0;
    for (const x of decoded) {
      sumSq += x * x;
      if (x > 0) positive++;
      if (Math.abs(x) < NEAR) nearZero++;
    }
    const stride = Math.floor(decoded.length / 4096);
    const samples = Float32Array.from({ length: 4096 }, (_, k) => decoded[k * stride] as number);
    const s = await halfTensorStats(source, t as typeof t & { dtype: typeof dtype }, 4096, NEAR);
    expect([s.positive, s.nearZero]).toEqual([positive, nearZero]);
    expect(nearZero).toBeGreaterThan(200);
    expect(Math.abs(s.sumSq - sumSq) / sumSq).toBeLessThan(1e-12);
    expect(s.samples).toEqual(samples);
  });
});
