/* model_random.c - seeded random Llama weights generated in memory on several
 * threads (see model_random.h). */
#include "model_random.h"

#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char name[64];          /* GGUF tensor name */
    cc_tensor_ref ref;      /* what the model sees */
    int64_t rows, cols;     /* shape */
    size_t row_bytes;       /* bytes per stored row */
    float scale;            /* standard deviation of the matrix entries (norms: 0.02 around 1) */
    int norm;               /* 1 for a norm vector */
    void *data;             /* owned */
} rtensor;

typedef struct {
    rtensor *t;             /* tensors */
    int n;                  /* entries */
    uint64_t seed;          /* PRNG seed */
    atomic_long next;       /* next job: tensor-row chunk index */
    long n_jobs;            /* chunks in all */
    long *job_start;        /* [n + 1] first chunk of each tensor */
    atomic_int failed;      /* a quantization failed */
} rsource;

#define ROWS_PER_JOB 64

static uint64_t mix64(uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static void *worker(void *arg) {
    rsource *s = arg;
    int64_t maxc = 0;
    for (int i = 0; i < s->n; i++)
        if (s->t[i].cols > maxc) maxc = s->t[i].cols;
    float *row = malloc((size_t)maxc * sizeof(float));
    if (!row) {
        atomic_store(&s->failed, 1);
        return NULL;
    }
    for (;;) {
        long j = atomic_fetch_add(&s->next, 1);
        if (j >= s->n_jobs) break;
        int ti = 0;
        while (s->job_start[ti + 1] <= j) ti++;
        rtensor *t = &s->t[ti];
        int64_t r0 = (int64_t)(j - s->job_start[ti]) * ROWS_PER_JOB;
        int64_t r1 = r0 + ROWS_PER_JOB < t->rows ? r0 + ROWS_PER_JOB : t->rows;
        for (int64_t r = r0; r < r1; r++) {
            uint64_t st = mix64(s->seed ^ mix64(((uint64_t)ti << 40) ^ (uint64_t)r));
            for (int64_t c = 0; c < t->cols; c++) {
                double u = 0;
                for (int k = 0; k < 4; k++) {
                    st += 0x9e3779b97f4a7c15ULL;
                    u += (double)(mix64(st) >> 11) * (1.0 / 9007199254740992.0);
                }
                float g = (float)((u - 2.0) * 1.7320508075688772); /* mean 0, variance 1 */
                row[c] = t->norm ? 1.0f + 0.02f * g : t->scale * g;
            }
            cc_error e = {0};
            if (cc_quantize_row(t->ref.type, row, (uint8_t *)t->data + (size_t)r * t->row_bytes, t->cols, &e) != CC_OK)
                atomic_store(&s->failed, 1);
        }
    }
    free(row);
    return NULL;
}

static cc_status rfind(void *src, const char *name, cc_tensor_ref *out, bool *found, cc_error *err) {
    rsource *s = src;
    *found = false;
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->t[i].name, name) == 0) {
            *out = s->t[i].ref;
            *found = true;
            break;
        }
    return CC_OK;
}

static void rclose(void *src) {
    rsource *s = src;
    if (!s) return;
    for (int i = 0; i < s->n; i++) free(s->t[i].data);
    free(s->t);
    free(s->job_start);
    free(s);
}

static cc_status add(rsource *s, const char *name, int64_t rows, int64_t cols, cc_ttype ty, float scale, int norm,
                     cc_error *err) {
    rtensor *t = &s->t[s->n];
    memset(t, 0, sizeof *t);
    snprintf(t->name, sizeof t->name, "%s", name);
    cc_status st = cc_ttype_row_bytes(ty, cols, &t->row_bytes, err);
    if (st != CC_OK) return cc_wrap(err, "random model: %s", name);
    size_t bytes;
    if (!cc_mul_size(t->row_bytes, (size_t)rows, &bytes) || !(t->data = malloc(bytes)))
        return cc_fail(err, CC_ERR_NOMEM, "random model: %s: %lld rows of %zu bytes", name, (long long)rows,
                       t->row_bytes);
    t->rows = rows;
    t->cols = cols;
    t->scale = scale;
    t->norm = norm;
    t->ref.type = ty;
    t->ref.n_dims = norm ? 1 : 2;
    t->ref.ne[0] = cols;
    t->ref.ne[1] = norm ? 1 : rows;
    t->ref.ne[2] = t->ref.ne[3] = 1;
    t->ref.data = t->data;
    s->n++;
    return CC_OK;
}

cc_status cc_model_random_mt(cc_model *m, const cc_llama_hparams *hp, cc_ttype wtype, uint64_t seed, int threads,
                             cc_error *err) {
    cc_status st = CC_OK;
    memset(m, 0, sizeof *m);
    pthread_t *th = NULL;
    int started = 0;
    if ((st = cc_llama_hparams_check(hp, err)) != CC_OK) return st;
    if (!hp->tied_embeddings) return cc_fail(err, CC_ERR_INVALID, "random model: only tied embeddings are generated");
    if (threads < 1) threads = 1;
    rsource *s = calloc(1, sizeof *s);
    if (!s) return cc_fail(err, CC_ERR_NOMEM, "random model: out of memory");
    s->seed = seed;
    s->t = calloc((size_t)(2 + 9 * hp->n_layer), sizeof *s->t);
    s->job_start = calloc((size_t)(3 + 9 * hp->n_layer), sizeof *s->job_start);
    if (!s->t || !s->job_start) {
        st = cc_fail(err, CC_ERR_NOMEM, "random model: out of memory");
        goto done;
    }
    const int64_t E = hp->n_embd, F = hp->n_ff, QD = (int64_t)hp->n_head * hp->head_dim,
                  KD = (int64_t)hp->n_head_kv * hp->head_dim, V = hp->n_vocab;
    if ((st = add(s, "token_embd.weight", V, E, wtype, 1.0f, 0, err)) != CC_OK) goto done;
    if ((st = add(s, "output_norm.weight", 1, E, CC_T_F32, 0, 1, err)) != CC_OK) goto done;
    for (int32_t l = 0; l < hp->n_layer; l++) {
        struct { const char *n; int64_t rows, cols; int norm; } list[9] = {
            {"attn_q", QD, E, 0}, {"attn_k", KD, E, 0},  {"attn_v", KD, E, 0},     {"attn_output", E, QD, 0},
            {"ffn_gate", F, E, 0}, {"ffn_up", F, E, 0}, {"ffn_down", E, F, 0},     {"attn_norm", 1, E, 1},
            {"ffn_norm", 1, E, 1}};
        for (int i = 0; i < 9; i++) {
            char name[64];
            snprintf(name, sizeof name, "blk.%d.%s.weight", l, list[i].n);
            if ((st = add(s, name, list[i].rows, list[i].cols, list[i].norm ? CC_T_F32 : wtype,
                          1.0f / sqrtf((float)list[i].cols), list[i].norm, err)) != CC_OK)
                goto done;
        }
    }
    for (int i = 0; i < s->n; i++)
        s->job_start[i + 1] = s->job_start[i] + (long)((s->t[i].rows + ROWS_PER_JOB - 1) / ROWS_PER_JOB);
    s->n_jobs = s->job_start[s->n];
    th = calloc((size_t)threads, sizeof *th);
    if (!th) {
        st = cc_fail(err, CC_ERR_NOMEM, "random model: out of memory");
        goto done;
    }
    for (; started < threads; started++)
        if (pthread_create(&th[started], NULL, worker, s) != 0) break;
    if (started == 0) worker(s);
    for (int i = 0; i < started; i++) pthread_join(th[i], NULL);
    if (atomic_load(&s->failed)) {
        st = cc_fail(err, CC_ERR_NOMEM, "random model: a row could not be generated or quantized");
        goto done;
    }
    if ((st = cc_model_from_source(m, hp, CC_NAMES_GGUF, CC_ROPE_PAIRS_ADJACENT, rfind, s, rclose, err)) != CC_OK)
        goto done;
    s = NULL; /* the model owns it */
done:
    free(th);
    rclose(s);
    return st;
}
