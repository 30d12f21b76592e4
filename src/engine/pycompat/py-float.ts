// Python float semantics the reference's hashes and rounding depend on (spec §0.2, §0.3):
// round(x, n) on the exact binary value with ties to even, and repr(float).

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** x = sign · mant · 2^exp exactly, mant a non-negative integer. */
function exactParts(x: number): { neg: boolean; mant: bigint; exp: number } {
  f64[0] = x;
  const bits = u64[0] as bigint;
  const neg = bits >> 63n === 1n;
  const e = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & 0xfffffffffffffn;
  if (e === 0) return { neg, mant: frac, exp: -1074 };
  return { neg, mant: frac | (1n << 52n), exp: e - 1075 };
}

/**
 * Python's round(x, n) for a float: the float nearest to x rounded to n decimals, where x is taken
 * at its exact binary value and exact ties go to the even last digit. n may be negative.
 */
export function pyRound(x: number, n = 0): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const { neg, mant, exp } = exactParts(x);
  // value · 10^n = num / den, exactly.
  let num = mant;
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (n >= 0) num *= 10n ** BigInt(n);
  else den *= 10n ** BigInt(-n);
  let q = num / den;
  const twiceRem = 2n * (num - q * den);
  if (twiceRem > den || (twiceRem === den && (q & 1n) === 1n)) q += 1n;
  const digits = q.toString();
  // Parsing the decimal gives the correctly rounded nearest double, as Python's strtod does.
  const r = Number(n >= 0 ? `${digits}e-${n}` : `${digits}e${-n}`);
  return neg ? -r : r;
}

/** Python repr(float): shortest round-trip digits; exponent form when exp10 < -4 or ≥ 16. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  // toExponential() without digits gives the shortest round-trip digits in JS (as repr does).
  const [mantissa, expText] = Math.abs(x).toExponential().split("e") as [string, string];
  const digits = mantissa.replace(".", "");
  const exp10 = Number(expText); // x = d.ddd × 10^exp10
  const decpt = exp10 + 1; // Python's decpt: x = 0.dddd × 10^decpt
  if (decpt > 16 || decpt < -3) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp10).toString().padStart(2, "0");
    return `${sign}${m}e${exp10 < 0 ? "-" : "+"}${e}`;
  }
  if (decpt <= 0) return `${sign}0.${"0".repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${sign}${digits}${"0".repeat(decpt - digits.length)}.0`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}
