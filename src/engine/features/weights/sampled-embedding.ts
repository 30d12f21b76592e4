// EAS and END on the `sampled` profile: the anchor rows are read exactly (EAS is the full
// profile's computation), and END takes the row-norm histogram of a deterministic sample of
// embedding rows (sample-plan.ts: endBlocks runs of endRowsPerBlock rows). Both profiles estimate
// the same distribution, so END stays comparable across them; a sample of 1,024 rows moves the
// histogram cosine by about 0.01 against the full table.
//
// A transposed ([D, V]) embedding has its vocabulary rows in columns: there is no cheap way to
// read a column, so the whole tensor is read (V·D values, in blocks) and END is then exact.

import type { TensorInfo } from "../../formats/safetensors/header.js";
import { readRowSet, type TensorBytes } from "../../formats/safetensors/tensor-reader.js";
import { endHistogram } from "../../scoring/end-histogram.js";
import { END_ROLE, rowsOf, sampleBlocks, type SamplingParams } from "./sample-plan.js";
import { anchorSlots, embeddingGeometry, extractEasEnd, selfSimilarity, type EasEnd } from "./signals-eas.js";

export interface SampledEmbeddingOptions {
  readonly concurrency: number;
  readonly blockElements: number;
}

export async function sampledEasEnd(
  from: TensorBytes,
  embedding: TensorInfo | null,
  transposed: boolean,
  anchorIds: readonly number[] | null,
  params: SamplingParams,
  options: SampledEmbeddingOptions,
): Promise<EasEnd> {
  const geometry = embeddingGeometry(embedding, anchorIds, transposed);
  if (geometry === null || embedding === null || anchorIds === null) {
    return { eas: null, anchorCount: 0, end: null };
  }
  if (transposed) return extractEasEnd(from, embedding, anchorIds, options.blockElements, true);
  const { rows, width } = geometry;
  anchorSlots(anchorIds, rows, embedding.name); // validates the ids with the full path's message
  const read = { concurrency: options.concurrency };
  const anchors = await readRowSet(from, embedding, anchorIds, read);
  const blocks = sampleBlocks(rows, params.endBlocks, params.endRowsPerBlock, params.seed, [
    rows,
    width,
    END_ROLE,
  ]);
  const sample = await readRowSet(from, embedding, rowsOf(blocks), read);
  return {
    eas: selfSimilarity(anchors, anchorIds.length, width),
    anchorCount: anchorIds.length,
    end: endHistogram(rowNorms(sample, width)),
  };
}

/** f32(‖row‖₂) of each row, Σx² in float64 (as the full path). */
function rowNorms(values: Float32Array, width: number): Float32Array {
  const n = width === 0 ? 0 : values.length / width;
  const out = new Float32Array(n);
  for (let r = 0; r < n; r++) {
    let s = 0;
    for (let c = r * width; c < (r + 1) * width; c++) {
      const x = values[c] as number;
      s += x * x;
    }
    out[r] = Math.fround(Math.sqrt(s));
  }
  return out;
}
