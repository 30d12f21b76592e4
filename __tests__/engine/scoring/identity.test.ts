import { describe, expect, it } from "vitest";
import { IDENTITY_WEIGHTS, identityScore } from "../../../src/engine/scoring/identity.js";

describe("identityScore", () => {
  it("reproduces the §12.5 goldens", () => {
    expect(identityScore({ eas: 0.9712, nlf: NaN, lep: 0.8123, end: 0.99, wvc: 0.6543 })).toBe(0.8751);
    expect(identityScore({ eas: 0.5, nlf: 0.5, lep: NaN, end: NaN, wvc: NaN })).toBe(0.5);
  });

  it("is NaN when no signal is available", () => {
    expect(identityScore({ eas: NaN, nlf: NaN, lep: NaN, end: NaN, wvc: NaN })).toBeNaN();
  });

  it("equals a single available signal", () => {
    expect(identityScore({ eas: NaN, nlf: NaN, lep: NaN, end: NaN, wvc: 0.4321 })).toBe(0.4321);
    expect(identityScore({ eas: 1, nlf: 1, lep: 1, end: 1, wvc: 1 })).toBe(1);
    expect(identityScore({ eas: 0, nlf: 0, lep: 0, end: 0, wvc: 0 })).toBe(0);
  });

  it("exports the reference weights, summing to 1", () => {
    expect(IDENTITY_WEIGHTS).toEqual({ eas: 0.36, nlf: 0.08, lep: 0.16, end: 0.19, wvc: 0.21 });
    expect(Object.isFrozen(IDENTITY_WEIGHTS)).toBe(true);
  });
});
