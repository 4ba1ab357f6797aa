/* test_rope_layout.c - the Hugging Face -> GGUF Q/K row permutation: on the
 * tiny checkpoints' real weights, the permuted projections with interleaved
 * RoPE give the same attention scores q.k as the original projections with
 * rotate-half RoPE, for plain theta (plain/) and llama3-scaled frequencies
 * (llama3/, including positions far enough apart for the scaled bands to
 * matter); unpermuted weights do not.  Also: the inverse permutation, the
 * index maps, and the llama3 inverse frequencies against Llama 3.2's table. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hf_checkpoint.h"
#include "rope_layout.h"
#include "testutil.h"

static void test_index_maps(void) {
    /* head_dim 4: GGUF rows (0,1,2,3) come from HF rows (0,2,1,3); next head likewise */
    static const int64_t want[8] = {0, 2, 1, 3, 4, 6, 5, 7};
    for (int r = 0; r < 8; r++)
        CHECK(cc_rope_hf_row_of_gguf_row(r, 4) == want[r]);
    for (int hd = 2; hd <= 128; hd += 2)
        for (int64_t r = 0; r < 3 * hd; r++) {
            CHECK(cc_rope_hf_row_of_gguf_row(cc_rope_gguf_row_of_hf_row(r, hd), hd) == r);
            CHECK(cc_rope_gguf_row_of_hf_row(cc_rope_hf_row_of_gguf_row(r, hd), hd) == r);
        }
    float a[8], b[8], c[8];
    for (int i = 0; i < 8; i++)
        a[i] = (float)i;
    cc_error e = {0};
    CHECK(cc_rope_permute_rows(b, a, 2, 4, sizeof(float), true, &e) == CC_OK);
    for (int i = 0; i < 8; i++)
        CHECK(b[i] == (float)want[i]);
    CHECK(cc_rope_permute_rows(c, b, 2, 4, sizeof(float), false, &e) == CC_OK);
    CHECK(memcmp(a, c, sizeof a) == 0);
    CHECK(cc_rope_permute_rows(a, a, 2, 4, sizeof(float), true, &e) == CC_ERR_INVALID);
    CHECK(cc_rope_permute_rows(b, a, 2, 3, sizeof(float), true, &e) == CC_ERR_INVALID);
}

/* Against shared/fixtures/llama3/llama32_inv_freq.txt (Llama 3.2 1B). */
static void test_inv_freq(void) {
    cc_llama_hparams hp = {0};
    hp.head_dim = 64;
    hp.rope_theta = 500000.0f;
    double f[32];
    cc_error e = {0};
    CHECK(cc_rope_inv_freq(&hp, f, &e) == CC_OK);
    CHECK(f[0] == 1.0 && fabs(f[1] - pow(500000.0, -2.0 / 64)) < 1e-15);
    hp.rope_scaling = CC_ROPE_SCALING_LLAMA3;
    hp.rope_factor = 32;
    hp.rope_low_freq_factor = 1;
    hp.rope_high_freq_factor = 4;
    hp.rope_orig_ctx = 8192;
    CHECK(cc_rope_inv_freq(&hp, f, &e) == CC_OK);
    char *p = cc_test_path(cc_test_shared_dir(), "fixtures/llama3/llama32_inv_freq.txt");
    FILE *fp = fopen(p, "r");
    if (!fp) {
        printf("skipping the Llama 3.2 table check: %s absent\n", p);
    } else {
        char line[256];
        int n = 0;
        while (fgets(line, sizeof line, fp)) {
            int i;
            double def, wl, scaled, factor;
            char band[64];
            if (line[0] == '#') continue;
            if (sscanf(line, "%d %lf %lf %63s", &i, &def, &wl, band) != 4 || i < 0 || i >= 32) continue;
            /* the band column may contain a space ("mid(smooth 0.5928)"): read the last two numbers */
            char *end = line + strlen(line);
            while (end > line && (end[-1] == '\n' || end[-1] == ' '))
                *--end = '\0';
            char *last = strrchr(line, ' ');
            factor = atof(last + 1);
            *last = '\0';
            scaled = atof(strrchr(line, ' ') + 1);
            CHECKF(fabs(f[i] - scaled) <= 1e-6 * scaled, "pair %d: %.9e vs %.9e", i, f[i], scaled);
            CHECKF(fabs(def / f[i] - factor) <= 1e-5 * factor, "pair %d factor %.6f vs %.6f", i, def / f[i], factor);
            n++;
        }
        fclose(fp);
        CHECK(n == 32);
    }
    free(p);
    hp.rope_factor = 0.5f;
    CHECK(cc_rope_inv_freq(&hp, f, &e) == CC_ERR_INVALID);
}

/* out[rows] = W[rows x cols] x */
static void matvec(const float *w, const float *x, float *out, int rows, int cols) {
    for (int r = 0; r < rows; r++) {
        double s = 0;
        for (int c = 0; c < cols; c++)
            s += (double)w[(size_t)r * cols + c] * x[c];
        out[r] = (float)s;
    }
}

/* scores[h] = rope(Wq x at pq)_h . rope(Wk y at pk)_{h / group} for every query head. */
static void scores(const cc_llama_hparams *hp, const float *wq, const float *wk, const float *x, const float *y,
                   int64_t pq, int64_t pk, const double *inv_freq, bool interleaved, double *out) {
    int hd = hp->head_dim, nq = hp->n_head * hd, nk = hp->n_head_kv * hd;
    float q[1024], k[1024];
    matvec(wq, x, q, nq, hp->n_embd);
    matvec(wk, y, k, nk, hp->n_embd);
    for (int h = 0; h < hp->n_head; h++)
        (interleaved ? cc_rope_rotate_interleaved : cc_rope_rotate_half)(q + h * hd, hd, inv_freq, pq);
    for (int h = 0; h < hp->n_head_kv; h++)
        (interleaved ? cc_rope_rotate_interleaved : cc_rope_rotate_half)(k + h * hd, hd, inv_freq, pk);
    int group = hp->n_head / hp->n_head_kv;
    for (int h = 0; h < hp->n_head; h++) {
        double s = 0;
        for (int i = 0; i < hd; i++)
            s += (double)q[h * hd + i] * k[(h / group) * hd + i];
        out[h] = s;
    }
}

static float *load(const cc_hf_checkpoint *ck, const char *name, int64_t *n) {
    const cc_safetensors *f;
    const cc_st_tensor *t = cc_hf_tensor(ck, name, &f);
    CHECKF(t != NULL, "%s", name);
    if (!t) return NULL;
    float *w = malloc((size_t)t->n_elems * sizeof *w);
    cc_error e = {0};
    CHECK(cc_st_elems_f32(f, t, 0, t->n_elems, w, &e) == CC_OK);
    *n = t->n_elems;
    return w;
}

static void test_scores(const char *variant, bool expect_llama3) {
    char rel[96];
    snprintf(rel, sizeof rel, "tests/fixtures/tiny-llama/%s", variant);
    char *dir = cc_test_path(cc_test_source_dir(), rel);
    cc_hf_checkpoint ck;
    cc_error e = {0};
    CHECKF(cc_hf_open(&ck, dir, &e) == CC_OK, "%s", e.msg);
    free(dir);
    if (e.code != CC_OK) return;
    const cc_llama_hparams *hp = &ck.hp;
    CHECK((hp->rope_scaling == CC_ROPE_SCALING_LLAMA3) == expect_llama3);
    double inv[512], inv_plain[512];
    CHECK(cc_rope_inv_freq(hp, inv, &e) == CC_OK);
    cc_llama_hparams unscaled = *hp;
    unscaled.rope_scaling = CC_ROPE_SCALING_NONE;
    CHECK(cc_rope_inv_freq(&unscaled, inv_plain, &e) == CC_OK);

    /* inputs: two token embeddings (real activations of the model's first layer input) */
    int64_t n_emb;
    float *emb = load(&ck, "model.embed_tokens.weight", &n_emb);
    const float *x = emb + 17 * hp->n_embd, *y = emb + 250 * hp->n_embd;
    static const int64_t pos[][2] = {{0, 0}, {7, 3}, {40, 1}, {255, 0}, {3000, 17}, {20000, 900}};
    double max_ref = 0, max_diff = 0, max_unpermuted = 0, max_q_only = 0, max_freq_effect = 0;
    for (int l = 0; l < hp->n_layer; l++) {
        char qn[96], kn[96];
        cc_hf_layer_name(qn, sizeof qn, l, "self_attn.q_proj.weight");
        cc_hf_layer_name(kn, sizeof kn, l, "self_attn.k_proj.weight");
        int64_t nq, nk;
        float *wq = load(&ck, qn, &nq), *wk = load(&ck, kn, &nk);
        float *pq = malloc((size_t)nq * sizeof *pq), *pk = malloc((size_t)nk * sizeof *pk);
        size_t row = (size_t)hp->n_embd * sizeof(float);
        CHECK(cc_rope_permute_rows(pq, wq, hp->n_head, hp->head_dim, row, true, &e) == CC_OK);
        CHECK(cc_rope_permute_rows(pk, wk, hp->n_head_kv, hp->head_dim, row, true, &e) == CC_OK);
        for (size_t p = 0; p < sizeof pos / sizeof pos[0]; p++) {
            double ref[64], got[64], bad[64], qonly[64], unsc[64];
            scores(hp, wq, wk, x, y, pos[p][0], pos[p][1], inv, false, ref);
            scores(hp, pq, pk, x, y, pos[p][0], pos[p][1], inv, true, got);
            scores(hp, wq, wk, x, y, pos[p][0], pos[p][1], inv, true, bad);
            scores(hp, pq, wk, x, y, pos[p][0], pos[p][1], inv, true, qonly);
            scores(hp, wq, wk, x, y, pos[p][0], pos[p][1], inv_plain, false, unsc);
            for (int h = 0; h < hp->n_head; h++) {
                max_ref = fmax(max_ref, fabs(ref[h]));
                max_diff = fmax(max_diff, fabs(got[h] - ref[h]));
                max_unpermuted = fmax(max_unpermuted, fabs(bad[h] - ref[h]));
                max_q_only = fmax(max_q_only, fabs(qonly[h] - ref[h]));
                max_freq_effect = fmax(max_freq_effect, fabs(unsc[h] - ref[h]));
            }
        }
        /* inverse restores the HF rows exactly */
        float *back = malloc((size_t)nq * sizeof *back);
        CHECK(cc_rope_permute_rows(back, pq, hp->n_head, hp->head_dim, row, false, &e) == CC_OK);
        CHECK(memcmp(back, wq, (size_t)nq * sizeof *back) == 0);
        free(back);
        /* permuting raw stored rows (bf16/f32 bytes) equals permuting the converted rows */
        const cc_safetensors *f;
        const cc_st_tensor *tk = cc_hf_tensor(&ck, kn, &f);
        size_t rb = tk->nbytes / (size_t)tk->shape[0];
        uint8_t *raw = malloc(tk->nbytes);
        float *conv = malloc((size_t)nk * sizeof *conv);
        CHECK(cc_rope_permute_rows(raw, tk->data, hp->n_head_kv, hp->head_dim, rb, true, &e) == CC_OK);
        CHECK(cc_dequantize_row(tk->dtype, raw, conv, nk, &e) == CC_OK);
        CHECK(memcmp(conv, pk, (size_t)nk * sizeof *conv) == 0);
        free(raw), free(conv), free(wq), free(wk), free(pq), free(pk);
    }
    printf("%s: max |score| %.3f, permuted+interleaved diff %.2e, unpermuted diff %.3f, Q-only diff %.3f, "
           "unscaled-frequency diff %.3f\n",
           variant, max_ref, max_diff, max_unpermuted, max_q_only, max_freq_effect);
    CHECK(max_ref > 1.0);
    CHECKF(max_diff <= 1e-5 * max_ref, "%s: permuted scores differ by %g", variant, max_diff);
    CHECKF(max_unpermuted > 0.05 * max_ref, "%s: unpermuted weights agree (%g): the test cannot fail", variant,
           max_unpermuted);
    CHECK(max_q_only > 0.05 * max_ref);
    if (expect_llama3)
        CHECKF(max_freq_effect > 0.01 * max_ref, "llama3 scaling has no effect (%g)", max_freq_effect);
    else
        CHECK(max_freq_effect == 0);
    free(emb);
    cc_hf_close(&ck);
}

int main(void) {
    test_index_maps();
    test_inv_freq();
    test_scores("plain", false);
    test_scores("llama3", true);
    return cc_test_finish("test_rope_layout");
}
