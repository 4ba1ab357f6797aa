/* cpu_bdot_tmpl.h - the body of the multi-token 32-block kernels (Q8_0, Q4_0,
 * Q4_1 rows against 1..8 tokens of int8 activations), included by
 * cpu_ops_avx2.c once per instruction set.  Not a public header.
 *
 * bdot1 / bdot4 / bdot8 are the kernel table's bdot / bdot4 / bdot8 for this ISA.
 *
 * The includer defines:
 *   BDOT_ATTR        function attributes (the target ISA)
 *   BDOT_LANES(a, x) __m256 of the 8 exact int32 lane sums of a (unsigned) * x (signed), 4 bytes each, as floats
 *   BDOT_FN(name)    the name given to each generated function
 *
 * Every token's result follows the order of cc_cpu_kernels.bdot (cpu_kernels.h):
 * block j's lanes go to the even-block or odd-block accumulator L0/L1, the Q4_1 min
 * term to M in block order, and the result is reduce16(L0, L1) + reduce8(M).  The
 * loop is unrolled by two blocks so that every accumulator has a fixed register:
 * an accumulator picked by a run-time index (acc[j & 1]) lived on the stack and cost a
 * store-to-load round trip per block and token. */

/* nt tokens (a compile-time constant after inlining) at x, x + ldx, ... against one row. */
BDOT_ATTR static inline __attribute__((always_inline)) void BDOT_FN(bdotn)(const cc_ttype t, const int nt,
                                                                           const uint8_t *row, const cc_act_block *x,
                                                                           int64_t ldx, int64_t nblk, float *out) {
    __m256 L0[8], L1[8], M[8];
    _Pragma("GCC unroll 8") for (int i = 0; i < nt; i++) L0[i] = L1[i] = M[i] = _mm256_setzero_ps();
    const bool q41 = t == CC_T_Q4_1, sgn = !q41;
    const size_t bs = t == CC_T_Q8_0 ? sizeof(cc_block_q8_0) : t == CC_T_Q4_0 ? sizeof(cc_block_q4_0) : sizeof(cc_block_q4_1);
    for (int64_t j = 0; j < nblk; j += 2) {
        _Pragma("GCC unroll 2") for (int h = 0; h < 2; h++) {
            if (h == 1 && j + 1 == nblk) break;
            __m256i q;
            float d, m = 0.0f;
            load_blk32(t, row + (size_t)(j + h) * bs, &q, &d, &m);
            const __m256i aq = sgn ? _mm256_sign_epi8(q, q) : q;
            __m256 vd = _mm256_set1_ps(d);
            const __m256 vm = _mm256_set1_ps(m);
            /* Hide that vd is a splat: the compiler would otherwise form each d * x.d as a scalar
             * multiply plus a broadcast (two vector-unit ops) instead of one multiply by a
             * broadcast load.  The product is the same IEEE single multiply either way. */
            __asm__("" : "+x"(vd));
            _Pragma("GCC unroll 8") for (int i = 0; i < nt; i++) {
                const cc_act_block *xb = x + i * ldx + j + h;
                __m256i xv = _mm256_loadu_si256((const __m256i *)xb->q);
                __m256 lanes = BDOT_LANES(aq, sgn ? _mm256_sign_epi8(xv, q) : xv);
                __m256 dd = _mm256_mul_ps(vd, _mm256_set1_ps(xb->d));
                if (h == 0) L0[i] = _mm256_fmadd_ps(lanes, dd, L0[i]);
                else L1[i] = _mm256_fmadd_ps(lanes, dd, L1[i]);
                if (q41) M[i] = _mm256_fmadd_ps(_mm256_loadu_ps(xb->xs), vm, M[i]);
            }
        }
    }
    _Pragma("GCC unroll 8") for (int i = 0; i < nt; i++) out[i] = reduce16(L0[i], L1[i]) + reduce8(M[i]);
}

/* One type, nt tokens: the functions the kernel table points to. */
#define BDOT_TYPED(NT)                                                                                                \
    BDOT_ATTR static void BDOT_FN(bdot##NT)(cc_ttype t, const void *row, const cc_act_block *x, int64_t ldx,          \
                                            int64_t nblk, float *out) {                                               \
        if (t == CC_T_Q4_1) BDOT_FN(bdotn)(CC_T_Q4_1, NT, row, x, ldx, nblk, out);                                    \
        else if (t == CC_T_Q8_0) BDOT_FN(bdotn)(CC_T_Q8_0, NT, row, x, ldx, nblk, out);                               \
        else BDOT_FN(bdotn)(CC_T_Q4_0, NT, row, x, ldx, nblk, out);                                                   \
    }
BDOT_TYPED(4)
BDOT_TYPED(8)
#undef BDOT_TYPED

BDOT_ATTR static float BDOT_FN(bdot1)(cc_ttype t, const void *row, const cc_act_block *x, int64_t nblk) {
    float o;
    if (t == CC_T_Q4_1) BDOT_FN(bdotn)(CC_T_Q4_1, 1, row, x, 0, nblk, &o);
    else if (t == CC_T_Q8_0) BDOT_FN(bdotn)(CC_T_Q8_0, 1, row, x, 0, nblk, &o);
    else BDOT_FN(bdotn)(CC_T_Q4_0, 1, row, x, 0, nblk, &o);
    return o;
}
