;; Dot product of two float32 vectors, products and sums in float64, with 128-bit SIMD.
;; Source of DOT_SIMD_WASM_BASE64 (dot-simd-wasm.ts); regenerate with
;;   npx tsx scripts/build-dot-wasm.ts /path/to/node_modules/wabt
;; Hand-written: the loop is twenty instructions, its summation order is part of the contract (the
;; JS fallback in dot.ts repeats it exactly, so every platform gets the same bits), and a compiler
;; toolchain would add a build dependency and hide that order behind its optimiser.
;;
;; dot_f32(a, b, n): a and b are byte addresses of n float32 values each (any alignment; 16-byte
;; aligned is fastest). Each f32 converts to f64 exactly and the product of two of them is exact
;; in f64 (24 + 24 significant bits ≤ 53), so only the order of the additions differs from a plain
;; loop. The order, for i < n − n mod 8, is eight lanes
;;   L_j = Σ a[i]·b[i] over i ≡ j (mod 8), each summed in increasing i from +0,
;; combined as ((L0 + L2) + (L4 + L6)) + ((L1 + L3) + (L5 + L7)); the last n mod 8 products are
;; then added one by one, in order. For n < 8 that is the plain left-to-right sum.
;; Lanes 0,1 live in $s0, 2,3 in $s1, 4,5 in $s2, 6,7 in $s3; the high half of a loaded f32x4 is
;; swapped down (i8x16.shuffle) so f64x2.promote_low_f32x4 converts it.
(module
  (memory (export "memory") 1)

  (func (export "dot_f32") (param $a i32) (param $b i32) (param $n i32) (result f64)
    (local $stop i32) (local $end i32) (local $x v128) (local $y v128)
    (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128) (local $s v128) (local $t f64)
    (local.set $stop (i32.add (local.get $a) (i32.shl (i32.and (local.get $n) (i32.const -8)) (i32.const 2))))
    (local.set $end (i32.add (local.get $a) (i32.shl (local.get $n) (i32.const 2))))
    (block $lanes_done
      (br_if $lanes_done (i32.ge_u (local.get $a) (local.get $stop)))
      (loop $lanes
        (local.set $x (v128.load (local.get $a)))
        (local.set $y (v128.load (local.get $b)))
        (local.set $s0 (f64x2.add (local.get $s0)
          (f64x2.mul (f64x2.promote_low_f32x4 (local.get $x)) (f64x2.promote_low_f32x4 (local.get $y)))))
        (local.set $s1 (f64x2.add (local.get $s1)
          (f64x2.mul
            (f64x2.promote_low_f32x4
              (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $x) (local.get $x)))
            (f64x2.promote_low_f32x4
              (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $y) (local.get $y))))))
        (local.set $x (v128.load offset=16 (local.get $a)))
        (local.set $y (v128.load offset=16 (local.get $b)))
        (local.set $s2 (f64x2.add (local.get $s2)
          (f64x2.mul (f64x2.promote_low_f32x4 (local.get $x)) (f64x2.promote_low_f32x4 (local.get $y)))))
        (local.set $s3 (f64x2.add (local.get $s3)
          (f64x2.mul
            (f64x2.promote_low_f32x4
              (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $x) (local.get $x)))
            (f64x2.promote_low_f32x4
              (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $y) (local.get $y))))))
        (local.set $a (i32.add (local.get $a) (i32.const 32)))
        (local.set $b (i32.add (local.get $b) (i32.const 32)))
        (br_if $lanes (i32.lt_u (local.get $a) (local.get $stop)))))
    ;; lane 0 of $s: (L0 + L2) + (L4 + L6); lane 1: (L1 + L3) + (L5 + L7)
    (local.set $s (f64x2.add (f64x2.add (local.get $s0) (local.get $s1))
                             (f64x2.add (local.get $s2) (local.get $s3))))
    (local.set $t (f64.add (f64x2.extract_lane 0 (local.get $s)) (f64x2.extract_lane 1 (local.get $s))))
    (block $tail_done
      (loop $tail
        (br_if $tail_done (i32.ge_u (local.get $a) (local.get $end)))
        (local.set $t (f64.add (local.get $t)
          (f64.mul (f64.promote_f32 (f32.load (local.get $a))) (f64.promote_f32 (f32.load (local.get $b))))))
        (local.set $a (i32.add (local.get $a) (i32.const 4)))
        (local.set $b (i32.add (local.get $b) (i32.const 4)))
        (br $tail)))
    (local.get $t)))
