/* synth_model.c - random-weight Llama GGUF files at real dimensions (see
 * synth_model.h): presets, the per-row counter-based PRNG, and tensor
 * producers that quantize rows on worker threads and stream them to the
 * GGUF writer. */
#include "synth_model.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "gguf.h"
#include "gguf_llama.h"

cc_status cc_synth_preset(const char *preset, cc_llama_hparams *hp, cc_error *err) {
    memset(hp, 0, sizeof *hp);
    hp->rms_eps = 1e-5f;
    hp->tied_embeddings = true;
    hp->head_dim = 64;
    if (strcmp(preset, "tiny") == 0) {
        hp->n_layer = 2;
        hp->n_embd = 256;
        hp->n_ff = 512;
        hp->n_head = 4;
        hp->n_head_kv = 2;
        hp->n_ctx_train = 2048;
        hp->rope_theta = 10000.0f;
    } else if (strcmp(preset, "smollm2-135m") == 0) {
        hp->n_layer = 30;
        hp->n_embd = 576;
        hp->n_ff = 1536;
        hp->n_head = 9;
        hp->n_head_kv = 3;
        hp->n_ctx_train = 8192;
        hp->rope_theta = 100000.0f;
    } else if (strcmp(preset, "llama-3.2-1b") == 0) {
        *hp = cc_llama32_1b_hparams();
        hp->n_vocab = 0; /* as for every preset: the tokenizer decides */
    } else {
        return cc_fail(err, CC_ERR_INVALID, "unknown preset '%s' (tiny, smollm2-135m, llama-3.2-1b)", preset);
    }
    return CC_OK;
}

/* ------------------------------------------------------------------ random rows */

static inline uint64_t splitmix64(uint64_t *s) {
    uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static uint64_t hash_name(const char *s) {
    uint64_t h = 0xcbf29ce484222325ull; /* FNV-1a */
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 0x100000001b3ull;
    return h;
}

/* One tensor to produce. */
typedef struct {
    const char *name; /* tensor name (owned by the job list) */
    cc_ttype type;    /* stored type */
    int64_t ne0;      /* row length */
    int64_t ne1;      /* rows */
    bool norm;        /* 1 + 0.02 N instead of N(0, std^2) */
    float std;        /* matrix standard deviation */
    uint64_t seed;    /* tensor stream seed */
    size_t row_bytes; /* stored bytes per row */
    int threads;      /* workers */
} synth_tensor;

/* Row r of tensor t into x[ne0]: four 16-bit uniforms per 64-bit draw, summed
 * (Irwin-Hall, variance 1/3), scaled to unit variance. */
static void gen_row(const synth_tensor *t, int64_t r, float *x) {
    uint64_t s = t->seed ^ ((uint64_t)(r + 1) * 0xd1b54a32d192ed03ull);
    splitmix64(&s);
    const float unit = 1.7320508f / 65536.0f; /* sqrt(3) / 2^16 */
    float scale = t->norm ? 0.02f * unit : t->std * unit;
    for (int64_t i = 0; i < t->ne0; i++) {
        uint64_t z = splitmix64(&s);
        int32_t sum = (int32_t)(z & 0xffff) + (int32_t)((z >> 16) & 0xffff) + (int32_t)((z >> 32) & 0xffff) + (int32_t)(z >> 48);
        float v = (float)(sum - 131070) * scale; /* sum of 4 uniforms on [0, 65535]: mean 131070 */
        x[i] = t->norm ? 1.0f + v : v;
    }
}

typedef struct {
    const synth_tensor *t; /* the tensor */
    int64_t r0, r1;        /* rows of this chunk */
    int64_t first, step;   /* this worker's rows: first, first + step, ... */
    uint8_t *out;          /* chunk output, row r at (r - r0) * row_bytes */
    cc_status st;          /* result */
    cc_error err;          /* message */
} synth_work;

static void *work_rows(void *arg) {
    synth_work *w = arg;
    float *x = malloc(sizeof(float) * (size_t)w->t->ne0);
    if (!x) {
        w->st = cc_fail(&w->err, CC_ERR_NOMEM, "out of memory");
        return NULL;
    }
    for (int64_t r = w->r0 + w->first; r < w->r1 && w->st == CC_OK; r += w->step) {
        gen_row(w->t, r, x);
        w->st = cc_quantize_row(w->t->type, x, w->out + (size_t)(r - w->r0) * w->t->row_bytes, w->t->ne0, &w->err);
    }
    free(x);
    return NULL;
}

/* GGUF writer callback: make the tensor a chunk of rows at a time. */
static cc_status produce(void *ctx, const char *name, cc_gguf_sink *sink, cc_error *err) {
    const synth_tensor *t = ctx;
    cc_status st = CC_OK;
    int64_t rows_per_chunk = (int64_t)((4u << 20) / t->row_bytes);
    if (rows_per_chunk < 1) rows_per_chunk = 1;
    if (rows_per_chunk > t->ne1) rows_per_chunk = t->ne1;
    int nt = t->threads < 1 ? 1 : t->threads > 64 ? 64 : t->threads;
    if (nt > rows_per_chunk) nt = (int)rows_per_chunk;
    uint8_t *chunk = malloc((size_t)rows_per_chunk * t->row_bytes);
    synth_work *ws = calloc((size_t)nt, sizeof *ws);
    pthread_t *tid = calloc((size_t)nt, sizeof *tid);
    if (!chunk || !ws || !tid) {
        st = cc_fail(err, CC_ERR_NOMEM, "%s: out of memory", name);
        goto done;
    }
    for (int64_t r0 = 0; r0 < t->ne1 && st == CC_OK; r0 += rows_per_chunk) {
        int64_t r1 = r0 + rows_per_chunk < t->ne1 ? r0 + rows_per_chunk : t->ne1;
        for (int k = 0; k < nt; k++) {
            ws[k] = (synth_work){t, r0, r1, k, nt, chunk, CC_OK, {0}};
            if (k == 0) continue;
            if (pthread_create(&tid[k], NULL, work_rows, &ws[k]) != 0) {
                /* run it here instead */
                work_rows(&ws[k]);
                tid[k] = 0;
            }
        }
        work_rows(&ws[0]);
        for (int k = 1; k < nt; k++)
            if (tid[k]) pthread_join(tid[k], NULL);
        for (int k = 0; k < nt && st == CC_OK; k++)
            if (ws[k].st != CC_OK) st = cc_fail(err, ws[k].st, "%s: %s", name, ws[k].err.msg);
        if (st == CC_OK) st = cc_gguf_sink_write(sink, chunk, (size_t)(r1 - r0) * t->row_bytes, err);
    }
done:
    free(chunk);
    free(ws);
    free(tid);
    return st;
}

/* llama.cpp's general.file_type for "mostly <type>". */
static uint32_t file_type_of(cc_ttype t) {
    switch (t) {
    case CC_T_F32: return 0;
    case CC_T_F16: return 1;
    case CC_T_Q4_0: return 2;
    case CC_T_Q4_1: return 3;
    case CC_T_Q8_0: return 7;
    case CC_T_Q4_K: return 14; /* Q4_K_S: every matrix q4_K */
    case CC_T_Q6_K: return 18;
    case CC_T_BF16: return 32;
    }
    return 0;
}

static char *read_text(const char *path, cc_error *err) {
    FILE *f = fopen(path, "rb");
    char *s = NULL;
    if (!f) {
        cc_fail(err, CC_ERR_IO, "%s: cannot open", path);
        return NULL;
    }
    if (fseek(f, 0, SEEK_END) == 0) {
        long n = ftell(f);
        if (n >= 0 && n < (64L << 20) && fseek(f, 0, SEEK_SET) == 0 && (s = malloc((size_t)n + 1))) {
            if (fread(s, 1, (size_t)n, f) == (size_t)n) s[n] = '\0';
            else {
                free(s);
                s = NULL;
            }
        }
    }
    fclose(f);
    if (!s) cc_fail(err, CC_ERR_IO, "%s: cannot read (or larger than 64 MB)", path);
    return s;
}

static bool ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

cc_status cc_synth_model_write(const cc_synth_opts *o, cc_llama_hparams *hp_out, cc_error *err) {
    cc_status st;
    cc_llama_hparams hp;
    cc_gguf_writer *w = NULL;
    cc_gguf *tok_src = NULL;
    synth_tensor *ts = NULL;
    char (*names)[64] = NULL;
    char *tmpl = NULL, *cfg_guess = NULL;
    float *rope = NULL;
    if ((st = cc_synth_preset(o->preset, &hp, err)) != CC_OK) return st;
    const cc_ttype_info *ti = cc_ttype_get((uint32_t)o->type);
    if (!ti) return cc_fail(err, CC_ERR_INVALID, "unsupported type %d", (int)o->type);
    int64_t q_dim = (int64_t)hp.n_head * hp.head_dim;
    int64_t row_lens[3] = {hp.n_embd, hp.n_ff, q_dim};
    for (int i = 0; i < 3; i++)
        if (row_lens[i] % ti->block_elems != 0)
            return cc_fail(err, CC_ERR_INVALID, "--type %s needs rows that are a multiple of %lld elements; preset %s has rows of %lld",
                           ti->name, (long long)ti->block_elems, o->preset, (long long)row_lens[i]);

    if ((st = cc_gguf_writer_new(&w, err)) != CC_OK) return st;
    /* tokenizer first: it sets the vocabulary size */
    int32_t n_vocab = 0;
    if (ends_with(o->tokenizer, ".gguf")) {
        if ((st = cc_gguf_open(o->tokenizer, &tok_src, err)) != CC_OK) goto done;
        if ((st = cc_llama_copy_tokenizer(w, tok_src, &n_vocab, err)) != CC_OK) goto done;
    } else {
        const char *cfg = o->tokenizer_config;
        if (!cfg) {
            const char *slash = strrchr(o->tokenizer, '/');
            size_t dl = slash ? (size_t)(slash - o->tokenizer + 1) : 0;
            cfg_guess = malloc(dl + 32);
            if (!cfg_guess) {
                st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
                goto done;
            }
            memcpy(cfg_guess, o->tokenizer, dl);
            strcpy(cfg_guess + dl, "tokenizer_config.json");
            struct stat sb;
            if (stat(cfg_guess, &sb) == 0) cfg = cfg_guess;
        }
        if (o->chat_template && !(tmpl = read_text(o->chat_template, err))) {
            st = err->code;
            goto done;
        }
        cc_hf_tokenizer_opts to = {o->tokenizer, cfg, tmpl, NULL, NULL};
        if ((st = cc_llama_write_hf_tokenizer(w, &to, &n_vocab, err)) != CC_OK) goto done;
    }
    if (o->chat_template && tok_src) {
        if (!(tmpl = read_text(o->chat_template, err))) {
            st = err->code;
            goto done;
        }
        if ((st = cc_gguf_set_str(w, "tokenizer.chat_template", tmpl, err)) != CC_OK) goto done;
    }
    hp.n_vocab = n_vocab;

    char gname[160];
    snprintf(gname, sizeof gname, "clinclean synthetic %s %s seed %llu", o->preset, ti->name, (unsigned long long)o->seed);
    if ((st = cc_llama_hparams_write(w, &hp, gname, err)) != CC_OK) goto done;
    if ((st = cc_gguf_set_u32(w, "general.file_type", file_type_of(o->type), err)) != CC_OK) goto done;
    if (ti->block_elems > 1 && (st = cc_gguf_set_u32(w, "general.quantization_version", 2, err)) != CC_OK) goto done;
    if ((st = cc_gguf_set_u64(w, "clinclean.synthetic.seed", o->seed, err)) != CC_OK) goto done;
    if ((st = cc_gguf_set_str(w, "clinclean.synthetic.preset", o->preset, err)) != CC_OK) goto done;

    /* tensor jobs: token_embd, per-layer, output_norm */
    int n_jobs = 2 + CC_LT_LAYER_COUNT * hp.n_layer;
    ts = calloc((size_t)n_jobs, sizeof *ts);
    names = calloc((size_t)n_jobs, sizeof *names);
    if (!ts || !names) {
        st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
        goto done;
    }
    int j = 0;
    snprintf(names[j], sizeof names[j], "%s", CC_LLAMA_TOKEN_EMBD);
    ts[j] = (synth_tensor){names[j], o->type, hp.n_embd, hp.n_vocab, false, 1.0f / sqrtf((float)hp.n_embd), 0, 0, o->threads};
    j++;
    for (int l = 0; l < hp.n_layer; l++)
        for (int k = 0; k < CC_LT_LAYER_COUNT; k++) {
            int64_t ne[2];
            int nd = cc_llama_layer_tensor_shape(&hp, (cc_llama_layer_tensor)k, ne);
            cc_llama_tensor_name(names[j], sizeof names[j], l, (cc_llama_layer_tensor)k);
            ts[j] = (synth_tensor){names[j], nd == 1 ? CC_T_F32 : o->type, ne[0], ne[1], nd == 1, 1.0f / sqrtf((float)ne[0]), 0, 0,
                                   o->threads};
            j++;
        }
    snprintf(names[j], sizeof names[j], "%s", CC_LLAMA_OUTPUT_NORM);
    ts[j] = (synth_tensor){names[j], CC_T_F32, hp.n_embd, 1, true, 0.0f, 0, 0, o->threads};
    j++;
    for (int i = 0; i < n_jobs; i++) {
        uint64_t s = o->seed ^ hash_name(ts[i].name);
        ts[i].seed = splitmix64(&s);
        if ((st = cc_ttype_row_bytes(ts[i].type, ts[i].ne0, &ts[i].row_bytes, err)) != CC_OK) goto done;
    }
    /* rope_freqs right after the embedding, as llama.cpp's converter places it */
    for (int i = 0; i < n_jobs; i++) {
        int64_t ne[2] = {ts[i].ne0, ts[i].ne1};
        uint32_t nd = ts[i].ne1 == 1 ? 1 : 2;
        if ((st = cc_gguf_add_tensor_fn(w, ts[i].name, ts[i].type, nd, ne, produce, &ts[i], err)) != CC_OK) goto done;
        if (i == 0 && hp.rope_scaling == CC_ROPE_SCALING_LLAMA3) {
            rope = malloc(sizeof(float) * (size_t)(hp.head_dim / 2));
            if (!rope) {
                st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
                goto done;
            }
            if ((st = cc_llama_rope_freqs(&hp, rope, err)) != CC_OK) goto done;
            int64_t rne[1] = {hp.head_dim / 2};
            if ((st = cc_gguf_add_tensor(w, CC_LLAMA_ROPE_FREQS, CC_T_F32, 1, rne, rope, err)) != CC_OK) goto done;
        }
    }
    st = cc_gguf_writer_write(w, o->out, err);
    if (st == CC_OK && hp_out) *hp_out = hp;
done:
    cc_gguf_writer_free(w);
    cc_gguf_close(tok_src);
    free(ts);
    free(names);
    free(tmpl);
    free(cfg_guess);
    free(rope);
    return st;
}
