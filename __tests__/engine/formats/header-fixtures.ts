// Shared by the safetensors header tests: in-memory files and an exact-error assertion.

import { expect } from "vitest";
import { MalformedInputError } from "../../../src/engine/errors.js";
import { MemorySource } from "../../../src/engine/io/byte-source.js";
import { readSafetensorsHeader } from "../../../src/engine/formats/safetensors/header.js";
import { rawSafetensors } from "../../helpers/safetensors-writer.js";

export const FILE = "model.safetensors";
export const read = (bytes: Uint8Array) => readSafetensorsHeader(new MemorySource(FILE, bytes));

/** A file whose header is `header` (an object, serialised) followed by `dataBytes` zero bytes. */
export const withHeader = (header: unknown, dataBytes = 0): Uint8Array =>
  rawSafetensors(JSON.stringify(header), new Uint8Array(dataBytes));

/** Reading `bytes` fails with a MalformedInputError whose message is exactly `FILE [field]: message`. */
export async function expectMalformed(bytes: Uint8Array, field: string, message: string): Promise<void> {
  const err = await read(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MalformedInputError);
  expect((err as Error).message).toBe(`${FILE} [${field}]: ${message}`);
}
