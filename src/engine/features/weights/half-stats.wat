;; Σx², #(x > 0) and #(|x| < bound) over 16-bit floats (BF16 or F16) with 128-bit SIMD.
;; Source of HALF_STATS_WASM_BASE64 (half-stats-wasm.ts); regenerate with
;;   npx tsx scripts/build-half-stats-wasm.ts /path/to/node_modules/wabt
;; Hand-written: no library computes these statistics over raw bf16/f16 buffers, and a kernel this
;; small is easier to review as WAT than as the output of a compiler toolchain.
;;
;; Contract (half-kernel.ts keeps it): `ptr` holds `vectors` × 8 values, results go to `out`;
;; `near` is the abs-pattern threshold: a finite value is near zero iff (bits & 0x7fff) < near,
;; which equals the f32 test `x < bound && x > -bound` (abs patterns of finite values are ordered
;; like their magnitudes). Positive: 1 ≤ bits ≤ the +Inf pattern. Results at `out` (8-aligned):
;;   f64 Σx²   (F16: Σ(x·2^-112)², the caller multiplies by 2^224, exactly)
;;   u32 positive, u32 near zero, u32 NaN count (F16 only), u32 ±Inf count (F16 only)
;; Counts are per call (≤ 2^31 values fit in memory); the caller sums calls in float64.
;;
;; BF16 → f32 is a shift (even halves) or a mask (odd halves) of each 32-bit lane; Inf and NaN
;; square to Inf and NaN by themselves. F16 → f32: the 15 magnitude bits moved to f32 bit 13 are
;; the value times 2^-112 for normal and subnormal halves alike (f32 keeps subnormals in wasm);
;; Inf/NaN lanes are zeroed and counted instead (the caller turns the counts into Inf or NaN).
;; Squares are taken in f64 (exact for every 16-bit float) in four independent accumulators.
(module
  ;; Shared, so a helper thread's instance sums chunks of the same read buffers (half-kernel-helper.ts).
  (import "env" "memory" (memory 3 4096 shared))

  ;; 16-bit lane counters may pass 65,535 after this many vectors: they are widened to 32 bits.
  (global $FLUSH i32 (i32.const 32768))

  (func $finish (param $out i32) (param $s0 v128) (param $s1 v128) (param $s2 v128) (param $s3 v128)
                (param $pos v128) (param $near v128) (param $nan v128) (param $inf v128)
    (local $s v128)
    (local.set $s (f64x2.add (f64x2.add (local.get $s0) (local.get $s1))
                             (f64x2.add (local.get $s2) (local.get $s3))))
    (f64.store (local.get $out)
      (f64.add (f64x2.extract_lane 0 (local.get $s)) (f64x2.extract_lane 1 (local.get $s))))
    (i32.store offset=8 (local.get $out) (call $hsum (local.get $pos)))
    (i32.store offset=12 (local.get $out) (call $hsum (local.get $near)))
    (i32.store offset=16 (local.get $out) (call $hsum (local.get $nan)))
    (i32.store offset=20 (local.get $out) (call $hsum (local.get $inf))))

  (func $hsum (param $v v128) (result i32)
    (i32.add
      (i32.add (i32x4.extract_lane 0 (local.get $v)) (i32x4.extract_lane 1 (local.get $v)))
      (i32.add (i32x4.extract_lane 2 (local.get $v)) (i32x4.extract_lane 3 (local.get $v)))))

  (func (export "bf16") (param $ptr i32) (param $vectors i32) (param $near i32) (param $out i32)
    (local $end i32) (local $stop i32)
    (local $v v128) (local $a v128) (local $lo v128) (local $hi v128) (local $x v128)
    (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128)
    (local $cpos v128) (local $cnear v128) (local $tpos v128) (local $tnear v128)
    (local $nearv v128) (local $infv v128) (local $one v128) (local $absm v128) (local $him v128)
    (local.set $nearv (i16x8.splat (local.get $near)))
    (local.set $infv (i16x8.splat (i32.const 0x7f80)))
    (local.set $one (i16x8.splat (i32.const 1)))
    (local.set $absm (i16x8.splat (i32.const 0x7fff)))
    (local.set $him (i32x4.splat (i32.const 0xffff0000)))
    (local.set $end (i32.add (local.get $ptr) (i32.shl (local.get $vectors) (i32.const 4))))
    (block $done
      (loop $outer
        (br_if $done (i32.ge_u (local.get $ptr) (local.get $end)))
        (local.set $stop (i32.add (local.get $ptr) (i32.shl (global.get $FLUSH) (i32.const 4))))
        (if (i32.gt_u (local.get $stop) (local.get $end)) (then (local.set $stop (local.get $end))))
        (local.set $cpos (v128.const i32x4 0 0 0 0))
        (local.set $cnear (v128.const i32x4 0 0 0 0))
        (loop $inner
          (local.set $v (v128.load (local.get $ptr)))
          ;; counts: a true lane is -1, so subtracting the mask adds 1
          (local.set $a (v128.and (local.get $v) (local.get $absm)))
          (local.set $cnear (i16x8.sub (local.get $cnear) (i16x8.lt_u (local.get $a) (local.get $nearv))))
          (local.set $cpos (i16x8.sub (local.get $cpos)
            (i16x8.lt_u (i16x8.sub (local.get $v) (local.get $one)) (local.get $infv))))
          ;; squares: even halves shifted up, odd halves masked in place
          (local.set $lo (i32x4.shl (local.get $v) (i32.const 16)))
          (local.set $hi (v128.and (local.get $v) (local.get $him)))
          (local.set $x (f64x2.promote_low_f32x4 (local.get $lo)))
          (local.set $s0 (f64x2.add (local.get $s0) (f64x2.mul (local.get $x) (local.get $x))))
          (local.set $x (f64x2.promote_low_f32x4
            (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $lo) (local.get $lo))))
          (local.set $s1 (f64x2.add (local.get $s1) (f64x2.mul (local.get $x) (local.get $x))))
          (local.set $x (f64x2.promote_low_f32x4 (local.get $hi)))
          (local.set $s2 (f64x2.add (local.get $s2) (f64x2.mul (local.get $x) (local.get $x))))
          (local.set $x (f64x2.promote_low_f32x4
            (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $hi) (local.get $hi))))
          (local.set $s3 (f64x2.add (local.get $s3) (f64x2.mul (local.get $x) (local.get $x))))
          (local.set $ptr (i32.add (local.get $ptr) (i32.const 16)))
          (br_if $inner (i32.lt_u (local.get $ptr) (local.get $stop))))
        (local.set $tpos (i32x4.add (local.get $tpos) (i32x4.extadd_pairwise_i16x8_u (local.get $cpos))))
        (local.set $tnear (i32x4.add (local.get $tnear) (i32x4.extadd_pairwise_i16x8_u (local.get $cnear))))
        (br $outer)))
    (call $finish (local.get $out) (local.get $s0) (local.get $s1) (local.get $s2) (local.get $s3)
      (local.get $tpos) (local.get $tnear) (v128.const i32x4 0 0 0 0) (v128.const i32x4 0 0 0 0)))

  (func (export "f16") (param $ptr i32) (param $vectors i32) (param $near i32) (param $out i32)
    (local $end i32) (local $stop i32)
    (local $v v128) (local $a v128) (local $af v128) (local $lo v128) (local $hi v128) (local $x v128)
    (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128)
    (local $cpos v128) (local $cnear v128) (local $cnan v128) (local $cinf v128)
    (local $tpos v128) (local $tnear v128) (local $tnan v128) (local $tinf v128)
    (local $nearv v128) (local $infv v128) (local $one v128) (local $absm v128) (local $mant v128)
    (local.set $nearv (i16x8.splat (local.get $near)))
    (local.set $infv (i16x8.splat (i32.const 0x7c00)))
    (local.set $one (i16x8.splat (i32.const 1)))
    (local.set $absm (i16x8.splat (i32.const 0x7fff)))
    ;; the 15 magnitude bits of a half, once moved to f32 bits 13…27
    (local.set $mant (i32x4.splat (i32.const 0x0fffe000)))
    (local.set $end (i32.add (local.get $ptr) (i32.shl (local.get $vectors) (i32.const 4))))
    (block $done
      (loop $outer
        (br_if $done (i32.ge_u (local.get $ptr) (local.get $end)))
        (local.set $stop (i32.add (local.get $ptr) (i32.shl (global.get $FLUSH) (i32.const 4))))
        (if (i32.gt_u (local.get $stop) (local.get $end)) (then (local.set $stop (local.get $end))))
        (local.set $cpos (v128.const i32x4 0 0 0 0))
        (local.set $cnear (v128.const i32x4 0 0 0 0))
        (local.set $cnan (v128.const i32x4 0 0 0 0))
        (local.set $cinf (v128.const i32x4 0 0 0 0))
        (loop $inner
          (local.set $v (v128.load (local.get $ptr)))
          (local.set $a (v128.and (local.get $v) (local.get $absm)))
          (local.set $cnear (i16x8.sub (local.get $cnear) (i16x8.lt_u (local.get $a) (local.get $nearv))))
          (local.set $cpos (i16x8.sub (local.get $cpos)
            (i16x8.lt_u (i16x8.sub (local.get $v) (local.get $one)) (local.get $infv))))
          (local.set $cinf (i16x8.sub (local.get $cinf) (i16x8.eq (local.get $a) (local.get $infv))))
          (local.set $cnan (i16x8.sub (local.get $cnan) (i16x8.gt_u (local.get $a) (local.get $infv))))
          ;; finite magnitudes only: Inf/NaN lanes become +0
          (local.set $af (v128.and (local.get $a) (i16x8.lt_u (local.get $a) (local.get $infv))))
          (local.set $lo (v128.and (i32x4.shl (local.get $af) (i32.const 13)) (local.get $mant)))
          (local.set $hi (v128.and (i32x4.shr_u (local.get $af) (i32.const 3)) (local.get $mant)))
          (local.set $x (f64x2.promote_low_f32x4 (local.get $lo)))
          (local.set $s0 (f64x2.add (local.get $s0) (f64x2.mul (local.get $x) (local.get $x))))
          (local.set $x (f64x2.promote_low_f32x4
            (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $lo) (local.get $lo))))
          (local.set $s1 (f64x2.add (local.get $s1) (f64x2.mul (local.get $x) (local.get $x))))
          (local.set $x (f64x2.promote_low_f32x4 (local.get $hi)))
          (local.set $s2 (f64x2.add (local.get $s2) (f64x2.mul (local.get $x) (local.get $x))))
          (local.set $x (f64x2.promote_low_f32x4
            (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $hi) (local.get $hi))))
          (local.set $s3 (f64x2.add (local.get $s3) (f64x2.mul (local.get $x) (local.get $x))))
          (local.set $ptr (i32.add (local.get $ptr) (i32.const 16)))
          (br_if $inner (i32.lt_u (local.get $ptr) (local.get $stop))))
        (local.set $tpos (i32x4.add (local.get $tpos) (i32x4.extadd_pairwise_i16x8_u (local.get $cpos))))
        (local.set $tnear (i32x4.add (local.get $tnear) (i32x4.extadd_pairwise_i16x8_u (local.get $cnear))))
        (local.set $tnan (i32x4.add (local.get $tnan) (i32x4.extadd_pairwise_i16x8_u (local.get $cnan))))
        (local.set $tinf (i32x4.add (local.get $tinf) (i32x4.extadd_pairwise_i16x8_u (local.get $cinf))))
        (br $outer)))
    (call $finish (local.get $out) (local.get $s0) (local.get $s1) (local.get $s2) (local.get $s3)
      (local.get $tpos) (local.get $tnear) (local.get $tnan) (local.get $tinf))))
