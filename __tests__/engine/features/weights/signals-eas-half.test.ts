// EAS and END of a BF16/F16 embedding take the streamed pattern-table path; widening is exact, so
// they must equal, bit for bit, the decoding path on the same values stored as F32.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeToFloat32 } from "../../../../src/engine/formats/dtypes.js";
import { readSafetensorsHeader } from "../../../../src/engine/formats/safetensors/header.js";
import { extractEasEnd } from "../../../../src/engine/features/weights/signals-eas.js";
import { MemorySource } from "../../../../src/engine/io/byte-source.js";
import { FileSource } from "../../../../src/engine/io/file-source.js";
import { newIoStats } from "../../../../src/engine/io/stats.js";
import { encodeTensor } from "../../../helpers/dtype-encoders.js";
import { Rng } from "../../../helpers/rng.js";
import { writeSafetensors } from "../../../helpers/safetensors-writer.js";

const V = 301;
const D = 48;
const ANCHORS = [0, 5, 5, 17, 299, 300, 42, 43, 44, 100, 101, 150, 200, 250, 7, 8, 9];

describe.each(["BF16", "F16"] as const)("extractEasEnd on a %s embedding", (dtype) => {
  let dir = "";
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("equals the F32 path on the same values, in one block and in blocks of 7 rows, from a file", async () => {
    const rng = new Rng(3);
    const raw = Float32Array.from({ length: V * D }, (_, i) =>
      Math.floor(i / D) === 17 ? 0 : rng.gaussian(0.05) * (1 + (i % 13)),
    );
    const half = encodeTensor(dtype, raw);
    const exact = decodeToFloat32(dtype, half);
    // One value first: the half embedding starts at an offset ≡ 2 (mod 4).
    const pad = { name: "pad", dtype, shape: [1], data: encodeTensor(dtype, [1]) };
    const halfFile = writeSafetensors([pad, { name: "embed", dtype, shape: [V, D], data: half }]);
    const f32File = writeSafetensors([
      { name: "embed", dtype: "F32", shape: [V, D], data: encodeTensor("F32", exact) },
    ]);
    dir = await mkdtemp(path.join(tmpdir(), "pg-eas-half-"));
    await writeFile(path.join(dir, "h.safetensors"), halfFile);
    const file = new FileSource(
      "h.safetensors",
      path.join(dir, "h.safetensors"),
      halfFile.length,
      newIoStats(),
    );
    const memory = new MemorySource("f.safetensors", f32File);
    const halfT = (await readSafetensorsHeader(file)).tensors.find((t) => t.name === "embed")!;
    const f32T = (await readSafetensorsHeader(memory)).tensors[0]!;
    const expected = await extractEasEnd(memory, f32T, ANCHORS);
    expect(expected.anchorCount).toBe(ANCHORS.length);
    expect(expected.end?.length).toBeGreaterThan(0);
    for (const blockElements of [V * D, 7 * D, 1]) {
      const got = await extractEasEnd(file, halfT, ANCHORS, blockElements);
      expect(got.anchorCount).toBe(expected.anchorCount);
      expect(Array.from(got.eas!.data)).toEqual(Array.from(expected.eas!.data));
      expect(Array.from(got.end!)).toEqual(Array.from(expected.end!));
    }
    await file.close();
  });
});
