/* gguf.c - GGUF v2/v3 reader (mapped file or memory buffer, every field
 * bounds-checked) and writer (atomic PATH.part + fsync + rename, streaming
 * tensor data).  See gguf.h for the file layout. */
#include "gguf.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* ------------------------------------------------------------------ GGML types */

/* Block geometry of every GGML type id we can size, supported for compute or
 * not, so a file with other types can still be validated and inspected. */
typedef struct {
    uint32_t id;          /* GGML type id */
    const char *name;     /* llama.cpp spelling */
    uint32_t block_elems; /* elements per block */
    uint32_t block_bytes; /* bytes per block */
} ggml_type_geom;

static const ggml_type_geom ggml_types[] = {
    {0, "f32", 1, 4},         {1, "f16", 1, 2},         {2, "q4_0", 32, 18},       {3, "q4_1", 32, 20},
    {6, "q5_0", 32, 22},      {7, "q5_1", 32, 24},      {8, "q8_0", 32, 34},       {9, "q8_1", 32, 40},
    {10, "q2_K", 256, 84},    {11, "q3_K", 256, 110},   {12, "q4_K", 256, 144},    {13, "q5_K", 256, 176},
    {14, "q6_K", 256, 210},   {15, "q8_K", 256, 292},   {16, "iq2_xxs", 256, 66},  {17, "iq2_xs", 256, 74},
    {18, "iq3_xxs", 256, 98}, {19, "iq1_s", 256, 50},   {20, "iq4_nl", 32, 18},    {21, "iq3_s", 256, 110},
    {22, "iq2_s", 256, 82},   {23, "iq4_xs", 256, 136}, {24, "i8", 1, 1},          {25, "i16", 1, 2},
    {26, "i32", 1, 4},        {27, "i64", 1, 8},        {28, "f64", 1, 8},         {29, "iq1_m", 256, 56},
    {30, "bf16", 1, 2},       {34, "tq1_0", 256, 54},   {35, "tq2_0", 256, 66},    {39, "mxfp4", 32, 17},
};

static const ggml_type_geom *geom_of(uint32_t id) {
    for (size_t i = 0; i < sizeof ggml_types / sizeof ggml_types[0]; i++)
        if (ggml_types[i].id == id) return &ggml_types[i];
    return NULL;
}

const char *cc_gguf_type_name(uint32_t type_id, char buf[16]) {
    const ggml_type_geom *g = geom_of(type_id);
    if (g) return g->name;
    snprintf(buf, 16, "type%u", type_id);
    return buf;
}

/* ------------------------------------------------------------------ value types */

size_t cc_gguf_type_size(cc_gguf_type t) {
    switch (t) {
    case CC_GGUF_UINT8: case CC_GGUF_INT8: case CC_GGUF_BOOL: return 1;
    case CC_GGUF_UINT16: case CC_GGUF_INT16: return 2;
    case CC_GGUF_UINT32: case CC_GGUF_INT32: case CC_GGUF_FLOAT32: return 4;
    case CC_GGUF_UINT64: case CC_GGUF_INT64: case CC_GGUF_FLOAT64: return 8;
    case CC_GGUF_STRING: case CC_GGUF_ARRAY: return 0;
    }
    return 0;
}

const char *cc_gguf_type_str(cc_gguf_type t) {
    switch (t) {
    case CC_GGUF_UINT8: return "u8";
    case CC_GGUF_INT8: return "i8";
    case CC_GGUF_UINT16: return "u16";
    case CC_GGUF_INT16: return "i16";
    case CC_GGUF_UINT32: return "u32";
    case CC_GGUF_INT32: return "i32";
    case CC_GGUF_FLOAT32: return "f32";
    case CC_GGUF_BOOL: return "bool";
    case CC_GGUF_STRING: return "string";
    case CC_GGUF_ARRAY: return "array";
    case CC_GGUF_UINT64: return "u64";
    case CC_GGUF_INT64: return "i64";
    case CC_GGUF_FLOAT64: return "f64";
    }
    return "unknown";
}

static bool valid_vtype(uint32_t t) { return t <= CC_GGUF_FLOAT64; }
static bool is_int_type(cc_gguf_type t) {
    return t == CC_GGUF_UINT8 || t == CC_GGUF_INT8 || t == CC_GGUF_UINT16 || t == CC_GGUF_INT16 ||
           t == CC_GGUF_UINT32 || t == CC_GGUF_INT32 || t == CC_GGUF_UINT64 || t == CC_GGUF_INT64;
}
static bool is_signed_type(cc_gguf_type t) {
    return t == CC_GGUF_INT8 || t == CC_GGUF_INT16 || t == CC_GGUF_INT32 || t == CC_GGUF_INT64;
}

/* Decode one little-endian scalar of type t at p. */
static void decode_scalar(cc_gguf_type t, const uint8_t *p, cc_gguf_value *v) {
    uint64_t u = 0;
    size_t n = cc_gguf_type_size(t);
    for (size_t k = 0; k < n; k++) u |= (uint64_t)p[k] << (8 * k);
    switch (t) {
    case CC_GGUF_INT8: v->v.i = (int8_t)u; break;
    case CC_GGUF_INT16: v->v.i = (int16_t)u; break;
    case CC_GGUF_INT32: v->v.i = (int32_t)u; break;
    case CC_GGUF_INT64: v->v.i = (int64_t)u; break;
    case CC_GGUF_FLOAT32: {
        uint32_t b = (uint32_t)u;
        float f;
        memcpy(&f, &b, 4);
        v->v.f = f;
        break;
    }
    case CC_GGUF_FLOAT64: memcpy(&v->v.f, &u, 8); break;
    case CC_GGUF_BOOL: v->v.b = u != 0; break;
    default: v->v.u = u; break;
    }
}

/* ------------------------------------------------------------------ reader */

typedef struct {
    char *key;           /* NUL-terminated copy */
    uint64_t key_offset; /* byte offset of the key's length field */
    cc_gguf_value val;   /* the value */
} kv_entry;

struct cc_gguf {
    char *name;               /* path or caller's name, for messages */
    const uint8_t *base;      /* file bytes */
    size_t size;              /* file size */
    void *map;                /* mmap'd region (NULL for memory buffers) */
    uint32_t version;         /* 2 or 3 */
    uint32_t alignment;       /* data alignment */
    uint64_t data_offset;     /* start of the data section */
    int64_t n_kv;             /* metadata count */
    kv_entry *kvs;            /* [n_kv] in file order */
    int64_t *kv_sorted;       /* [n_kv] indices sorted by key, for lookup */
    int64_t n_tensors;        /* tensor count */
    cc_gguf_tensor *tensors;  /* [n_tensors] in file order */
    int64_t *t_sorted;        /* [n_tensors] indices sorted by name */
};

/* A bounded cursor over the file. */
typedef struct {
    const uint8_t *p; /* buffer */
    size_t size;      /* buffer size */
    size_t pos;       /* next byte */
    const char *name; /* file name for messages */
    cc_error *err;    /* where failures go */
} cursor;

static cc_status need(cursor *c, size_t n, const char *what) {
    if (n > c->size - c->pos)
        return cc_fail(c->err, CC_ERR_FORMAT, "%s: %s at byte %zu needs %zu bytes but the file ends at byte %zu",
                       c->name, what, c->pos, n, c->size);
    return CC_OK;
}

static cc_status rd_u32(cursor *c, uint32_t *v, const char *what) {
    if (need(c, 4, what) != CC_OK) return c->err->code;
    const uint8_t *q = c->p + c->pos;
    *v = (uint32_t)q[0] | (uint32_t)q[1] << 8 | (uint32_t)q[2] << 16 | (uint32_t)q[3] << 24;
    c->pos += 4;
    return CC_OK;
}

static cc_status rd_u64(cursor *c, uint64_t *v, const char *what) {
    if (need(c, 8, what) != CC_OK) return c->err->code;
    uint64_t r = 0;
    for (int k = 0; k < 8; k++) r |= (uint64_t)c->p[c->pos + k] << (8 * k);
    *v = r;
    c->pos += 8;
    return CC_OK;
}

/* A string: u64 length then bytes; length checked against what is left and
 * max_len.  idx >= 0 names element idx of what (messages are built only on
 * failure: token arrays have 10^5 strings). */
static cc_status rd_str_idx(cursor *c, cc_gguf_str *s, uint64_t max_len, const char *what, int64_t idx) {
    size_t at = c->pos;
    char ew[400];
    if (c->size - c->pos < 8) {
        if (idx >= 0) snprintf(ew, sizeof ew, "%s string %lld", what, (long long)idx);
        return need(c, 8, idx >= 0 ? ew : what);
    }
    uint64_t len = 0;
    for (int k = 0; k < 8; k++) len |= (uint64_t)c->p[c->pos + k] << (8 * k);
    c->pos += 8;
    if (len > max_len || len > c->size - c->pos) {
        if (idx >= 0) snprintf(ew, sizeof ew, "%s string %lld", what, (long long)idx);
        const char *w = idx >= 0 ? ew : what;
        if (len > max_len)
            return cc_fail(c->err, CC_ERR_FORMAT, "%s: %s length %llu at byte %zu exceeds the limit of %llu bytes", c->name, w,
                           (unsigned long long)len, at, (unsigned long long)max_len);
        return cc_fail(c->err, CC_ERR_FORMAT, "%s: %s length %llu at byte %zu runs past end of file (size %zu)", c->name, w,
                       (unsigned long long)len, at, c->size);
    }
    s->ptr = (const char *)c->p + c->pos;
    s->len = len;
    c->pos += (size_t)len;
    return CC_OK;
}

static cc_status rd_str(cursor *c, cc_gguf_str *s, uint64_t max_len, const char *what) {
    return rd_str_idx(c, s, max_len, what, -1);
}

static void free_value(cc_gguf_value *v) {
    if (!v) return;
    free(v->arr_strs);
    if (v->arr_vals) {
        for (uint64_t i = 0; i < v->arr_n; i++) free_value(&v->arr_vals[i]);
        free(v->arr_vals);
    }
    v->arr_strs = NULL;
    v->arr_vals = NULL;
}

/* Parse the payload of a value of type t at the cursor.  what names it in messages. */
static cc_status parse_value(cursor *c, cc_gguf_type t, cc_gguf_value *out, const char *what, int depth) {
    memset(out, 0, sizeof *out);
    out->type = t;
    out->offset = c->pos;
    size_t es = cc_gguf_type_size(t);
    if (es) {
        if (need(c, es, what) != CC_OK) return c->err->code;
        decode_scalar(t, c->p + c->pos, out);
        c->pos += es;
    } else if (t == CC_GGUF_STRING) {
        if (rd_str(c, &out->str, UINT64_MAX, what) != CC_OK) return c->err->code;
    } else { /* ARRAY */
        if (depth >= CC_GGUF_MAX_DEPTH)
            return cc_fail(c->err, CC_ERR_FORMAT, "%s: %s at byte %zu: arrays nested deeper than %d", c->name, what,
                           c->pos, CC_GGUF_MAX_DEPTH);
        size_t at = c->pos;
        uint32_t et = 0;
        uint64_t n = 0;
        if (rd_u32(c, &et, what) != CC_OK) return c->err->code;
        if (!valid_vtype(et))
            return cc_fail(c->err, CC_ERR_FORMAT, "%s: %s element type %u at byte %zu is not a GGUF value type",
                           c->name, what, et, at);
        out->arr_type = (cc_gguf_type)et;
        if (rd_u64(c, &n, what) != CC_OK) return c->err->code;
        size_t left = c->size - c->pos;
        size_t ees = cc_gguf_type_size(out->arr_type);
        /* smallest encoding of one element: its scalar size, a string's length
         * field (8), a nested array's type + count (12) */
        size_t min_elem = ees ? ees : et == CC_GGUF_STRING ? 8 : 12;
        if (n > left / min_elem)
            return cc_fail(c->err, CC_ERR_FORMAT,
                           "%s: %s count %llu at byte %zu: %llu %s elements cannot fit in the %zu bytes left "
                           "(file size %zu)",
                           c->name, what, (unsigned long long)n, at + 4, (unsigned long long)n,
                           cc_gguf_type_str(out->arr_type), left, c->size);
        out->arr_n = n;
        if (ees) {
            out->arr_data = c->p + c->pos;
            c->pos += (size_t)n * ees; /* fits: n <= left / ees */
        } else if (et == CC_GGUF_STRING) {
            if (n) {
                out->arr_strs = calloc((size_t)n, sizeof *out->arr_strs);
                if (!out->arr_strs) return cc_fail(c->err, CC_ERR_NOMEM, "%s: %s: out of memory", c->name, what);
            }
            for (uint64_t i = 0; i < n; i++)
                if (rd_str_idx(c, &out->arr_strs[i], UINT64_MAX, what, (int64_t)i) != CC_OK) return c->err->code;
        } else {
            if (n) {
                out->arr_vals = calloc((size_t)n, sizeof *out->arr_vals);
                if (!out->arr_vals) return cc_fail(c->err, CC_ERR_NOMEM, "%s: %s: out of memory", c->name, what);
            }
            for (uint64_t i = 0; i < n; i++) {
                char ewhat[320];
                snprintf(ewhat, sizeof ewhat, "%s element %llu", what, (unsigned long long)i);
                cc_status st = parse_value(c, CC_GGUF_ARRAY, &out->arr_vals[i], ewhat, depth + 1);
                if (st != CC_OK) {
                    out->arr_n = i + 1; /* free only what was filled */
                    return st;
                }
            }
        }
    }
    out->nbytes = c->pos - out->offset;
    return CC_OK;
}

static const cc_gguf *sort_ctx_g; /* qsort has no context argument; set around each sort */

static int cmp_kv(const void *a, const void *b) {
    return strcmp(sort_ctx_g->kvs[*(const int64_t *)a].key, sort_ctx_g->kvs[*(const int64_t *)b].key);
}
static int cmp_tname(const void *a, const void *b) {
    return strcmp(sort_ctx_g->tensors[*(const int64_t *)a].name, sort_ctx_g->tensors[*(const int64_t *)b].name);
}
static int cmp_toff(const void *a, const void *b) {
    const cc_gguf_tensor *x = &sort_ctx_g->tensors[*(const int64_t *)a], *y = &sort_ctx_g->tensors[*(const int64_t *)b];
    if (x->offset != y->offset) return x->offset < y->offset ? -1 : 1;
    return x->size < y->size ? -1 : x->size > y->size;
}

void cc_gguf_close(cc_gguf *g) {
    if (!g) return;
    for (int64_t i = 0; i < g->n_kv; i++) {
        free(g->kvs[i].key);
        free_value(&g->kvs[i].val);
    }
    free(g->kvs);
    free(g->kv_sorted);
    for (int64_t i = 0; i < g->n_tensors; i++) free(g->tensors[i].name);
    free(g->tensors);
    free(g->t_sorted);
    if (g->map) munmap(g->map, g->size);
    free(g->name);
    free(g);
}

/* A NUL-free string copied to a NUL-terminated one. */
static char *dup_name(cursor *c, cc_gguf_str s, size_t at, const char *what) {
    if (memchr(s.ptr, 0, (size_t)s.len)) {
        cc_fail(c->err, CC_ERR_FORMAT, "%s: %s at byte %zu contains a NUL byte", c->name, what, at);
        return NULL;
    }
    char *r = malloc((size_t)s.len + 1);
    if (!r) {
        cc_fail(c->err, CC_ERR_NOMEM, "%s: %s: out of memory", c->name, what);
        return NULL;
    }
    memcpy(r, s.ptr, (size_t)s.len);
    r[s.len] = '\0';
    return r;
}

static cc_status parse_file(cc_gguf *g, cc_error *err) {
    cursor cur = {g->base, g->size, 0, g->name, err}, *c = &cur;
    cc_status st = CC_OK;
    uint32_t ver = 0;
    uint64_t n_tensors = 0, n_kv = 0;
    if (need(c, 4, "magic") != CC_OK) return err->code;
    if (memcmp(c->p, "GGUF", 4) != 0)
        return cc_fail(err, CC_ERR_FORMAT, "%s: not a GGUF file (magic at byte 0 is %02x %02x %02x %02x, want \"GGUF\")",
                       g->name, c->p[0], c->p[1], c->p[2], c->p[3]);
    c->pos = 4;
    if ((st = rd_u32(c, &ver, "version")) != CC_OK) return st;
    if (ver != 2 && ver != 3) {
        if (ver == 1) return cc_fail(err, CC_ERR_UNSUPPORTED, "%s: GGUF version 1 at byte 4 is not supported (need 2 or 3)", g->name);
        if ((ver & 0xffff) == 0)
            return cc_fail(err, CC_ERR_UNSUPPORTED, "%s: version field at byte 4 reads %u: a big-endian GGUF? Only little-endian is supported",
                           g->name, ver);
        return cc_fail(err, CC_ERR_UNSUPPORTED, "%s: GGUF version %u at byte 4 is not supported (need 2 or 3)", g->name, ver);
    }
    g->version = ver;
    if ((st = rd_u64(c, &n_tensors, "tensor count")) != CC_OK) return st;
    if ((st = rd_u64(c, &n_kv, "metadata count")) != CC_OK) return st;
    /* smallest encodings: a kv is key length (8) + 1 key byte + type (4) + 1 value
     * byte; a tensor info is name length (8) + n_dims (4) + type (4) + offset (8) */
    size_t left = c->size - c->pos;
    if (n_kv > left / 14)
        return cc_fail(err, CC_ERR_FORMAT, "%s: metadata count %llu at byte 16 cannot fit in the %zu bytes left (file size %zu)",
                       g->name, (unsigned long long)n_kv, left, c->size);
    if (n_tensors > left / 24)
        return cc_fail(err, CC_ERR_FORMAT, "%s: tensor count %llu at byte 8 cannot fit in the %zu bytes left (file size %zu)",
                       g->name, (unsigned long long)n_tensors, left, c->size);
    if (n_kv) {
        g->kvs = calloc((size_t)n_kv, sizeof *g->kvs);
        g->kv_sorted = malloc((size_t)n_kv * sizeof *g->kv_sorted);
        if (!g->kvs || !g->kv_sorted) return cc_fail(err, CC_ERR_NOMEM, "%s: %llu metadata entries: out of memory", g->name, (unsigned long long)n_kv);
    }
    for (uint64_t i = 0; i < n_kv; i++) {
        char what[320];
        kv_entry *e = &g->kvs[i];
        cc_gguf_str ks;
        e->key_offset = c->pos;
        snprintf(what, sizeof what, "key %llu", (unsigned long long)i);
        if ((st = rd_str(c, &ks, CC_GGUF_MAX_KEY, what)) != CC_OK) return st;
        if (ks.len == 0) return cc_fail(err, CC_ERR_FORMAT, "%s: key %llu at byte %llu is empty", g->name, (unsigned long long)i, (unsigned long long)e->key_offset);
        if (!(e->key = dup_name(c, ks, (size_t)e->key_offset, what))) return err->code;
        g->n_kv = (int64_t)i + 1;
        snprintf(what, sizeof what, "key %llu ('%.200s') type", (unsigned long long)i, e->key);
        size_t tat = c->pos;
        uint32_t vt = 0;
        if ((st = rd_u32(c, &vt, what)) != CC_OK) return st;
        if (!valid_vtype(vt))
            return cc_fail(err, CC_ERR_FORMAT, "%s: %s %u at byte %zu is not a GGUF value type", g->name, what, vt, tat);
        snprintf(what, sizeof what, "key %llu ('%.200s') value", (unsigned long long)i, e->key);
        if ((st = parse_value(c, (cc_gguf_type)vt, &e->val, what, 0)) != CC_OK) return st;
    }
    for (int64_t i = 0; i < g->n_kv; i++) g->kv_sorted[i] = i;
    sort_ctx_g = g;
    if (g->n_kv) qsort(g->kv_sorted, (size_t)g->n_kv, sizeof *g->kv_sorted, cmp_kv);
    for (int64_t i = 1; i < g->n_kv; i++) {
        const kv_entry *a = &g->kvs[g->kv_sorted[i - 1]], *b = &g->kvs[g->kv_sorted[i]];
        if (strcmp(a->key, b->key) == 0) {
            const kv_entry *later = a->key_offset > b->key_offset ? a : b;
            return cc_fail(err, CC_ERR_FORMAT, "%s: key '%.200s' at byte %llu is a duplicate", g->name, later->key,
                           (unsigned long long)later->key_offset);
        }
    }

    g->alignment = CC_GGUF_DEFAULT_ALIGNMENT;
    int64_t ai = cc_gguf_find_key(g, "general.alignment");
    if (ai >= 0) {
        const cc_gguf_value *v = &g->kvs[ai].val;
        if (v->type != CC_GGUF_UINT32)
            return cc_fail(err, CC_ERR_FORMAT, "%s: general.alignment at byte %llu is %s, want u32", g->name,
                           (unsigned long long)v->offset, cc_gguf_type_str(v->type));
        if (v->v.u == 0 || (v->v.u & (v->v.u - 1)) != 0)
            return cc_fail(err, CC_ERR_FORMAT, "%s: general.alignment %llu at byte %llu is not a power of two", g->name,
                           (unsigned long long)v->v.u, (unsigned long long)v->offset);
        g->alignment = (uint32_t)v->v.u;
    }

    if (n_tensors) {
        g->tensors = calloc((size_t)n_tensors, sizeof *g->tensors);
        g->t_sorted = malloc((size_t)n_tensors * sizeof *g->t_sorted);
        if (!g->tensors || !g->t_sorted) return cc_fail(err, CC_ERR_NOMEM, "%s: %llu tensors: out of memory", g->name, (unsigned long long)n_tensors);
    }
    for (uint64_t i = 0; i < n_tensors; i++) {
        char what[400];
        cc_gguf_tensor *t = &g->tensors[i];
        cc_gguf_str ns;
        t->info_offset = c->pos;
        snprintf(what, sizeof what, "tensor %llu name", (unsigned long long)i);
        if ((st = rd_str(c, &ns, CC_GGUF_MAX_NAME, what)) != CC_OK) return st;
        if (!(t->name = dup_name(c, ns, (size_t)t->info_offset, what))) return err->code;
        g->n_tensors = (int64_t)i + 1;
        char tn[300];
        snprintf(tn, sizeof tn, "tensor %llu ('%s')", (unsigned long long)i, t->name);
        snprintf(what, sizeof what, "%s n_dims", tn);
        size_t at = c->pos;
        if ((st = rd_u32(c, &t->n_dims, what)) != CC_OK) return st;
        if (t->n_dims > CC_GGUF_MAX_DIMS)
            return cc_fail(err, CC_ERR_FORMAT, "%s: %s n_dims %u at byte %zu exceeds %d", g->name, tn, t->n_dims, at, CC_GGUF_MAX_DIMS);
        int64_t nel = 1;
        for (uint32_t d = 0; d < CC_GGUF_MAX_DIMS; d++) t->ne[d] = 1;
        for (uint32_t d = 0; d < t->n_dims; d++) {
            uint64_t ne = 0;
            at = c->pos;
            snprintf(what, sizeof what, "%s dim %u", tn, d);
            if ((st = rd_u64(c, &ne, what)) != CC_OK) return st;
            if (ne > (uint64_t)INT64_MAX || !cc_mul_i64(nel, (int64_t)ne, &nel))
                return cc_fail(err, CC_ERR_FORMAT, "%s: %s dim %u = %llu at byte %zu overflows the element count", g->name, tn, d,
                               (unsigned long long)ne, at);
            t->ne[d] = (int64_t)ne;
        }
        t->n_elements = nel;
        at = c->pos;
        snprintf(what, sizeof what, "%s type", tn);
        if ((st = rd_u32(c, &t->type_id, what)) != CC_OK) return st;
        const ggml_type_geom *geo = geom_of(t->type_id);
        if (!geo) return cc_fail(err, CC_ERR_UNSUPPORTED, "%s: %s type %u at byte %zu is not a known GGML type", g->name, tn, t->type_id, at);
        if (t->ne[0] % geo->block_elems != 0)
            return cc_fail(err, CC_ERR_FORMAT, "%s: %s row length %lld is not a multiple of the %s block size %u (dims at byte %llu)",
                           g->name, tn, (long long)t->ne[0], geo->name, geo->block_elems, (unsigned long long)(t->info_offset + 8 + ns.len + 4));
        size_t bytes;
        if (!cc_mul_size((size_t)(nel / geo->block_elems), geo->block_bytes, &bytes))
            return cc_fail(err, CC_ERR_FORMAT, "%s: %s: %lld %s elements overflow the size type", g->name, tn, (long long)nel, geo->name);
        t->size = bytes;
        at = c->pos;
        snprintf(what, sizeof what, "%s data offset", tn);
        if ((st = rd_u64(c, &t->offset, what)) != CC_OK) return st;
        if (t->offset % g->alignment != 0)
            return cc_fail(err, CC_ERR_FORMAT, "%s: %s data offset %llu at byte %zu is not a multiple of the alignment %u", g->name, tn,
                           (unsigned long long)t->offset, at, g->alignment);
    }
    for (int64_t i = 0; i < g->n_tensors; i++) g->t_sorted[i] = i;
    if (g->n_tensors) qsort(g->t_sorted, (size_t)g->n_tensors, sizeof *g->t_sorted, cmp_tname);
    for (int64_t i = 1; i < g->n_tensors; i++) {
        const cc_gguf_tensor *a = &g->tensors[g->t_sorted[i - 1]], *b = &g->tensors[g->t_sorted[i]];
        if (strcmp(a->name, b->name) == 0) {
            const cc_gguf_tensor *later = a->info_offset > b->info_offset ? a : b;
            return cc_fail(err, CC_ERR_FORMAT, "%s: tensor name '%s' at byte %llu is a duplicate", g->name, later->name,
                           (unsigned long long)later->info_offset);
        }
    }

    /* data section */
    size_t data_off;
    size_t pad = (g->alignment - c->pos % g->alignment) % g->alignment;
    if (!cc_add_size(c->pos, pad, &data_off)) return cc_fail(err, CC_ERR_FORMAT, "%s: data section offset overflows", g->name);
    g->data_offset = data_off;
    size_t data_size = data_off <= c->size ? c->size - data_off : 0;
    for (int64_t i = 0; i < g->n_tensors; i++) {
        cc_gguf_tensor *t = &g->tensors[i];
        /* the offset field is the last 8 bytes of the info record */
        uint64_t field = t->info_offset + 8 + strlen(t->name) + 4 + 8ull * t->n_dims + 4;
        if (data_off > c->size || t->offset > data_size || t->size > data_size - t->offset)
            return cc_fail(err, CC_ERR_FORMAT,
                           "%s: tensor %lld ('%s') data offset %llu at byte %llu runs past end of file (size %zu): "
                           "%zu bytes from byte %llu",
                           g->name, (long long)i, t->name, (unsigned long long)t->offset, (unsigned long long)field, c->size,
                           t->size, (unsigned long long)data_off + t->offset);
        t->data = g->base + data_off + t->offset;
    }
    if (g->n_tensors > 1) {
        int64_t *by_off = malloc((size_t)g->n_tensors * sizeof *by_off);
        if (!by_off) return cc_fail(err, CC_ERR_NOMEM, "%s: out of memory", g->name);
        for (int64_t i = 0; i < g->n_tensors; i++) by_off[i] = i;
        qsort(by_off, (size_t)g->n_tensors, sizeof *by_off, cmp_toff);
        for (int64_t i = 1; i < g->n_tensors; i++) {
            const cc_gguf_tensor *a = &g->tensors[by_off[i - 1]], *b = &g->tensors[by_off[i]];
            if (a->size && b->size && a->offset + a->size > b->offset) {
                st = cc_fail(err, CC_ERR_FORMAT, "%s: tensor %lld ('%s') data [%llu, %llu) overlaps tensor %lld ('%s') data [%llu, %llu)",
                             g->name, (long long)by_off[i], b->name, (unsigned long long)b->offset,
                             (unsigned long long)(b->offset + b->size), (long long)by_off[i - 1], a->name,
                             (unsigned long long)a->offset, (unsigned long long)(a->offset + a->size));
                break;
            }
        }
        free(by_off);
    }
    return st;
}

cc_status cc_gguf_open_memory(const void *data, size_t size, const char *name, cc_gguf **out, cc_error *err) {
    cc_error local;
    if (!err) err = &local;
    *out = NULL;
    cc_gguf *g = calloc(1, sizeof *g);
    if (!g || !(g->name = strdup(name ? name : "<memory>"))) {
        free(g);
        return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    }
    g->base = data;
    g->size = size;
    cc_status st = parse_file(g, err);
    if (st != CC_OK) {
        cc_gguf_close(g);
        return st;
    }
    *out = g;
    return CC_OK;
}

cc_status cc_gguf_open(const char *path, cc_gguf **out, cc_error *err) {
    cc_error local;
    if (!err) err = &local;
    *out = NULL;
    cc_status st = CC_OK;
    cc_gguf *g = NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return cc_fail(err, CC_ERR_IO, "%s: cannot open: %s", path, strerror(errno));
    struct stat sb;
    if (fstat(fd, &sb) != 0) {
        st = cc_fail(err, CC_ERR_IO, "%s: cannot stat: %s", path, strerror(errno));
        goto done;
    }
    if (!S_ISREG(sb.st_mode)) {
        st = cc_fail(err, CC_ERR_IO, "%s: not a regular file", path);
        goto done;
    }
    if (sb.st_size == 0) {
        st = cc_fail(err, CC_ERR_FORMAT, "%s: empty file (not a GGUF model)", path);
        goto done;
    }
    if ((uint64_t)sb.st_size > SIZE_MAX) {
        st = cc_fail(err, CC_ERR_RANGE, "%s: file too large", path);
        goto done;
    }
    void *map = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (map == MAP_FAILED) {
        st = cc_fail(err, CC_ERR_IO, "%s: cannot map %lld bytes: %s", path, (long long)sb.st_size, strerror(errno));
        goto done;
    }
    g = calloc(1, sizeof *g);
    if (!g || !(g->name = strdup(path))) {
        munmap(map, (size_t)sb.st_size);
        free(g);
        g = NULL;
        st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
        goto done;
    }
    g->map = map;
    g->base = map;
    g->size = (size_t)sb.st_size;
    st = parse_file(g, err);
    if (st != CC_OK) {
        cc_gguf_close(g);
        g = NULL;
    }
done:
    close(fd);
    *out = g;
    return st;
}

const char *cc_gguf_name(const cc_gguf *g) { return g->name; }
uint32_t cc_gguf_version(const cc_gguf *g) { return g->version; }
size_t cc_gguf_file_size(const cc_gguf *g) { return g->size; }
uint32_t cc_gguf_alignment(const cc_gguf *g) { return g->alignment; }
uint64_t cc_gguf_data_offset(const cc_gguf *g) { return g->data_offset; }
int64_t cc_gguf_n_kv(const cc_gguf *g) { return g->n_kv; }
const char *cc_gguf_kv_key(const cc_gguf *g, int64_t i) { return i >= 0 && i < g->n_kv ? g->kvs[i].key : NULL; }
const cc_gguf_value *cc_gguf_kv_value(const cc_gguf *g, int64_t i) { return i >= 0 && i < g->n_kv ? &g->kvs[i].val : NULL; }
int64_t cc_gguf_n_tensors(const cc_gguf *g) { return g->n_tensors; }
const cc_gguf_tensor *cc_gguf_tensor_at(const cc_gguf *g, int64_t i) {
    return i >= 0 && i < g->n_tensors ? &g->tensors[i] : NULL;
}

int64_t cc_gguf_find_key(const cc_gguf *g, const char *key) {
    int64_t lo = 0, hi = g->n_kv - 1;
    while (lo <= hi) {
        int64_t mid = lo + (hi - lo) / 2;
        int c = strcmp(g->kvs[g->kv_sorted[mid]].key, key);
        if (c == 0) return g->kv_sorted[mid];
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}

const cc_gguf_value *cc_gguf_get(const cc_gguf *g, const char *key) {
    int64_t i = cc_gguf_find_key(g, key);
    return i >= 0 ? &g->kvs[i].val : NULL;
}

const cc_gguf_tensor *cc_gguf_find_tensor(const cc_gguf *g, const char *name) {
    int64_t lo = 0, hi = g->n_tensors - 1;
    while (lo <= hi) {
        int64_t mid = lo + (hi - lo) / 2;
        int c = strcmp(g->tensors[g->t_sorted[mid]].name, name);
        if (c == 0) return &g->tensors[g->t_sorted[mid]];
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
    }
    return NULL;
}

/* The value of key, or an error naming it when missing or of the wrong type
 * (want < 0: any type). */
static cc_status get_typed(const cc_gguf *g, const char *key, int want, const char *want_str, const cc_gguf_value **out,
                           cc_error *err) {
    const cc_gguf_value *v = cc_gguf_get(g, key);
    if (!v) return cc_fail(err, CC_ERR_FORMAT, "%s: missing key '%s'", g->name, key);
    if (want >= 0 && (int)v->type != want)
        return cc_fail(err, CC_ERR_FORMAT, "%s: key '%s' value at byte %llu is %s, want %s", g->name, key,
                       (unsigned long long)v->offset, cc_gguf_type_str(v->type), want_str);
    *out = v;
    return CC_OK;
}

cc_status cc_gguf_get_u32(const cc_gguf *g, const char *key, uint32_t *out, cc_error *err) {
    const cc_gguf_value *v = NULL;
    cc_status st = get_typed(g, key, CC_GGUF_UINT32, "u32", &v, err);
    if (st != CC_OK) return st;
    *out = (uint32_t)v->v.u;
    return CC_OK;
}
cc_status cc_gguf_get_i32(const cc_gguf *g, const char *key, int32_t *out, cc_error *err) {
    const cc_gguf_value *v = NULL;
    cc_status st = get_typed(g, key, CC_GGUF_INT32, "i32", &v, err);
    if (st != CC_OK) return st;
    *out = (int32_t)v->v.i;
    return CC_OK;
}
cc_status cc_gguf_get_u64(const cc_gguf *g, const char *key, uint64_t *out, cc_error *err) {
    const cc_gguf_value *v = NULL;
    cc_status st = get_typed(g, key, CC_GGUF_UINT64, "u64", &v, err);
    if (st != CC_OK) return st;
    *out = v->v.u;
    return CC_OK;
}
cc_status cc_gguf_get_f32(const cc_gguf *g, const char *key, float *out, cc_error *err) {
    const cc_gguf_value *v = NULL;
    cc_status st = get_typed(g, key, CC_GGUF_FLOAT32, "f32", &v, err);
    if (st != CC_OK) return st;
    *out = (float)v->v.f;
    return CC_OK;
}
cc_status cc_gguf_get_bool(const cc_gguf *g, const char *key, bool *out, cc_error *err) {
    const cc_gguf_value *v = NULL;
    cc_status st = get_typed(g, key, CC_GGUF_BOOL, "bool", &v, err);
    if (st != CC_OK) return st;
    *out = v->v.b;
    return CC_OK;
}
cc_status cc_gguf_get_str(const cc_gguf *g, const char *key, cc_gguf_str *out, cc_error *err) {
    const cc_gguf_value *v = NULL;
    cc_status st = get_typed(g, key, CC_GGUF_STRING, "string", &v, err);
    if (st != CC_OK) return st;
    *out = v->str;
    return CC_OK;
}
cc_status cc_gguf_get_strdup(const cc_gguf *g, const char *key, char **out, cc_error *err) {
    cc_gguf_str s = {0};
    cc_status st = cc_gguf_get_str(g, key, &s, err);
    if (st != CC_OK) return st;
    if (memchr(s.ptr, 0, (size_t)s.len))
        return cc_fail(err, CC_ERR_FORMAT, "%s: key '%s' string contains a NUL byte", g->name, key);
    char *r = malloc((size_t)s.len + 1);
    if (!r) return cc_fail(err, CC_ERR_NOMEM, "%s: key '%s': out of memory", g->name, key);
    memcpy(r, s.ptr, (size_t)s.len);
    r[s.len] = '\0';
    *out = r;
    return CC_OK;
}
cc_status cc_gguf_get_int(const cc_gguf *g, const char *key, int64_t *out, cc_error *err) {
    const cc_gguf_value *v = NULL;
    cc_status st = get_typed(g, key, -1, NULL, &v, err);
    if (st != CC_OK) return st;
    if (!is_int_type(v->type))
        return cc_fail(err, CC_ERR_FORMAT, "%s: key '%s' value at byte %llu is %s, want an integer", g->name, key,
                       (unsigned long long)v->offset, cc_gguf_type_str(v->type));
    if (!is_signed_type(v->type) && v->v.u > (uint64_t)INT64_MAX)
        return cc_fail(err, CC_ERR_RANGE, "%s: key '%s' value %llu at byte %llu is out of range", g->name, key,
                       (unsigned long long)v->v.u, (unsigned long long)v->offset);
    *out = is_signed_type(v->type) ? v->v.i : (int64_t)v->v.u;
    return CC_OK;
}
cc_status cc_gguf_get_float(const cc_gguf *g, const char *key, double *out, cc_error *err) {
    const cc_gguf_value *v = NULL;
    cc_status st = get_typed(g, key, -1, NULL, &v, err);
    if (st != CC_OK) return st;
    if (v->type != CC_GGUF_FLOAT32 && v->type != CC_GGUF_FLOAT64)
        return cc_fail(err, CC_ERR_FORMAT, "%s: key '%s' value at byte %llu is %s, want f32 or f64", g->name, key,
                       (unsigned long long)v->offset, cc_gguf_type_str(v->type));
    *out = v->v.f;
    return CC_OK;
}
cc_status cc_gguf_get_arr(const cc_gguf *g, const char *key, int elem_type, const cc_gguf_value **out, cc_error *err) {
    const cc_gguf_value *v = NULL;
    cc_status st = get_typed(g, key, CC_GGUF_ARRAY, "array", &v, err);
    if (st != CC_OK) return st;
    if (elem_type >= 0 && (int)v->arr_type != elem_type)
        return cc_fail(err, CC_ERR_FORMAT, "%s: key '%s' at byte %llu is an array of %s, want an array of %s", g->name, key,
                       (unsigned long long)v->offset, cc_gguf_type_str(v->arr_type), cc_gguf_type_str((cc_gguf_type)elem_type));
    *out = v;
    return CC_OK;
}

int64_t cc_gguf_arr_int(const cc_gguf_value *v, uint64_t i) {
    if (v->type != CC_GGUF_ARRAY || !v->arr_data || i >= v->arr_n) return 0;
    cc_gguf_value e;
    memset(&e, 0, sizeof e);
    size_t es = cc_gguf_type_size(v->arr_type);
    decode_scalar(v->arr_type, v->arr_data + i * es, &e);
    if (v->arr_type == CC_GGUF_BOOL) return e.v.b;
    if (v->arr_type == CC_GGUF_FLOAT32 || v->arr_type == CC_GGUF_FLOAT64) { /* truncated, saturated, NaN -> 0 */
        if (!(e.v.f == e.v.f)) return 0;
        if (e.v.f >= 9223372036854775807.0) return INT64_MAX;
        if (e.v.f <= -9223372036854775808.0) return INT64_MIN;
        return (int64_t)e.v.f;
    }
    return is_signed_type(v->arr_type) ? e.v.i : (int64_t)e.v.u;
}

double cc_gguf_arr_float(const cc_gguf_value *v, uint64_t i) {
    if (v->type != CC_GGUF_ARRAY || !v->arr_data || i >= v->arr_n) return 0;
    if (v->arr_type != CC_GGUF_FLOAT32 && v->arr_type != CC_GGUF_FLOAT64) return (double)cc_gguf_arr_int(v, i);
    cc_gguf_value e;
    memset(&e, 0, sizeof e);
    decode_scalar(v->arr_type, v->arr_data + i * cc_gguf_type_size(v->arr_type), &e);
    return e.v.f;
}

/* ------------------------------------------------------------------ encoding buffer */

void cc_gguf_buf_free(cc_gguf_buf *b) {
    free(b->data);
    memset(b, 0, sizeof *b);
}

void cc_gguf_enc_bytes(cc_gguf_buf *b, const void *p, size_t n) {
    if (b->oom) return;
    size_t need_len;
    if (!cc_add_size(b->len, n, &need_len)) {
        b->oom = true;
        return;
    }
    if (need_len > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < need_len) {
            if (cap > SIZE_MAX / 2) {
                b->oom = true;
                return;
            }
            cap *= 2;
        }
        uint8_t *nd = realloc(b->data, cap);
        if (!nd) {
            b->oom = true;
            return;
        }
        b->data = nd;
        b->cap = cap;
    }
    if (n) memcpy(b->data + b->len, p, n);
    b->len = need_len;
}

void cc_gguf_enc_u32(cc_gguf_buf *b, uint32_t v) {
    uint8_t q[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
    cc_gguf_enc_bytes(b, q, 4);
}

void cc_gguf_enc_u64(cc_gguf_buf *b, uint64_t v) {
    uint8_t q[8];
    for (int k = 0; k < 8; k++) q[k] = (uint8_t)(v >> (8 * k));
    cc_gguf_enc_bytes(b, q, 8);
}

void cc_gguf_enc_str(cc_gguf_buf *b, const char *s, size_t len) {
    cc_gguf_enc_u64(b, len);
    cc_gguf_enc_bytes(b, s, len);
}

void cc_gguf_enc_arr(cc_gguf_buf *b, cc_gguf_type elem_type, uint64_t n) {
    cc_gguf_enc_u32(b, (uint32_t)elem_type);
    cc_gguf_enc_u64(b, n);
}

/* ------------------------------------------------------------------ writer */

typedef struct {
    char *key;         /* NUL-terminated */
    cc_gguf_type type; /* value type */
    uint8_t *payload;  /* encoded value (owned) */
    size_t len;        /* payload bytes */
} wkv;

typedef struct {
    char *name;                   /* NUL-terminated */
    cc_ttype type;                /* element type */
    uint32_t n_dims;              /* 1..4 */
    int64_t ne[CC_GGUF_MAX_DIMS]; /* dims, ne[0] the row length */
    size_t size;                  /* data bytes */
    const void *data;             /* bytes, or NULL when fn produces them */
    cc_gguf_tensor_fn fn;         /* producer */
    void *ctx;                    /* producer's context */
} wtensor;

struct cc_gguf_writer {
    wkv *kvs;        /* [n_kv] in insertion order */
    size_t n_kv;     /* used */
    size_t cap_kv;   /* allocated */
    wtensor *ts;     /* [n_t] in insertion order */
    size_t n_t;      /* used */
    size_t cap_t;    /* allocated */
};

struct cc_gguf_sink {
    FILE *f;            /* destination file, or NULL */
    cc_gguf_buf *mem;   /* destination buffer, or NULL */
    const char *path;   /* for messages */
    uint64_t written;   /* bytes written for the current tensor */
    uint64_t limit;     /* bytes the current tensor must have */
    const char *tname;  /* the current tensor */
};

static cc_status sink_raw(cc_gguf_sink *s, const void *data, size_t n, cc_error *err) {
    if (s->mem) {
        cc_gguf_enc_bytes(s->mem, data, n);
        if (s->mem->oom) return cc_fail(err, CC_ERR_NOMEM, "%s: out of memory", s->path);
        return CC_OK;
    }
    if (n && fwrite(data, 1, n, s->f) != n) return cc_fail(err, CC_ERR_IO, "%s: write failed: %s", s->path, strerror(errno));
    return CC_OK;
}

cc_status cc_gguf_sink_write(cc_gguf_sink *s, const void *data, size_t n, cc_error *err) {
    if (n > s->limit - s->written)
        return cc_fail(err, CC_ERR_INVALID, "%s: tensor '%s': producer wrote more than its %llu bytes", s->path, s->tname,
                       (unsigned long long)s->limit);
    s->written += n;
    return sink_raw(s, data, n, err);
}

cc_status cc_gguf_writer_new(cc_gguf_writer **out, cc_error *err) {
    *out = calloc(1, sizeof **out);
    return *out ? CC_OK : cc_fail(err, CC_ERR_NOMEM, "out of memory");
}

void cc_gguf_writer_free(cc_gguf_writer *w) {
    if (!w) return;
    for (size_t i = 0; i < w->n_kv; i++) {
        free(w->kvs[i].key);
        free(w->kvs[i].payload);
    }
    free(w->kvs);
    for (size_t i = 0; i < w->n_t; i++) free(w->ts[i].name);
    free(w->ts);
    free(w);
}

bool cc_gguf_writer_has(const cc_gguf_writer *w, const char *key) {
    for (size_t i = 0; i < w->n_kv; i++)
        if (strcmp(w->kvs[i].key, key) == 0) return true;
    return false;
}

/* Store an encoded value (payload copied). */
static cc_status put_kv(cc_gguf_writer *w, const char *key, cc_gguf_type type, const void *payload, size_t len, cc_error *err) {
    size_t klen = key ? strlen(key) : 0;
    if (klen == 0 || klen > CC_GGUF_MAX_KEY) return cc_fail(err, CC_ERR_INVALID, "gguf writer: bad key '%.64s'", key ? key : "");
    uint8_t *p = malloc(len ? len : 1);
    if (!p) return cc_fail(err, CC_ERR_NOMEM, "gguf writer: key '%s': out of memory", key);
    if (len) memcpy(p, payload, len);
    for (size_t i = 0; i < w->n_kv; i++)
        if (strcmp(w->kvs[i].key, key) == 0) {
            free(w->kvs[i].payload);
            w->kvs[i].payload = p;
            w->kvs[i].len = len;
            w->kvs[i].type = type;
            return CC_OK;
        }
    if (w->n_kv == w->cap_kv) {
        size_t cap = w->cap_kv ? 2 * w->cap_kv : 32;
        wkv *nk = realloc(w->kvs, cap * sizeof *nk);
        if (!nk) {
            free(p);
            return cc_fail(err, CC_ERR_NOMEM, "gguf writer: out of memory");
        }
        w->kvs = nk;
        w->cap_kv = cap;
    }
    char *k = strdup(key);
    if (!k) {
        free(p);
        return cc_fail(err, CC_ERR_NOMEM, "gguf writer: out of memory");
    }
    w->kvs[w->n_kv++] = (wkv){k, type, p, len};
    return CC_OK;
}

static cc_status put_scalar(cc_gguf_writer *w, const char *key, cc_gguf_type t, uint64_t bits, cc_error *err) {
    uint8_t q[8];
    size_t n = cc_gguf_type_size(t);
    for (size_t k = 0; k < n; k++) q[k] = (uint8_t)(bits >> (8 * k));
    return put_kv(w, key, t, q, n, err);
}

cc_status cc_gguf_set_u8(cc_gguf_writer *w, const char *key, uint8_t v, cc_error *err) { return put_scalar(w, key, CC_GGUF_UINT8, v, err); }
cc_status cc_gguf_set_i8(cc_gguf_writer *w, const char *key, int8_t v, cc_error *err) { return put_scalar(w, key, CC_GGUF_INT8, (uint8_t)v, err); }
cc_status cc_gguf_set_u16(cc_gguf_writer *w, const char *key, uint16_t v, cc_error *err) { return put_scalar(w, key, CC_GGUF_UINT16, v, err); }
cc_status cc_gguf_set_i16(cc_gguf_writer *w, const char *key, int16_t v, cc_error *err) { return put_scalar(w, key, CC_GGUF_INT16, (uint16_t)v, err); }
cc_status cc_gguf_set_u32(cc_gguf_writer *w, const char *key, uint32_t v, cc_error *err) { return put_scalar(w, key, CC_GGUF_UINT32, v, err); }
cc_status cc_gguf_set_i32(cc_gguf_writer *w, const char *key, int32_t v, cc_error *err) { return put_scalar(w, key, CC_GGUF_INT32, (uint32_t)v, err); }
cc_status cc_gguf_set_u64(cc_gguf_writer *w, const char *key, uint64_t v, cc_error *err) { return put_scalar(w, key, CC_GGUF_UINT64, v, err); }
cc_status cc_gguf_set_i64(cc_gguf_writer *w, const char *key, int64_t v, cc_error *err) { return put_scalar(w, key, CC_GGUF_INT64, (uint64_t)v, err); }
cc_status cc_gguf_set_bool(cc_gguf_writer *w, const char *key, bool v, cc_error *err) { return put_scalar(w, key, CC_GGUF_BOOL, v ? 1 : 0, err); }
cc_status cc_gguf_set_f32(cc_gguf_writer *w, const char *key, float v, cc_error *err) {
    uint32_t b;
    memcpy(&b, &v, 4);
    return put_scalar(w, key, CC_GGUF_FLOAT32, b, err);
}
cc_status cc_gguf_set_f64(cc_gguf_writer *w, const char *key, double v, cc_error *err) {
    uint64_t b;
    memcpy(&b, &v, 8);
    return put_scalar(w, key, CC_GGUF_FLOAT64, b, err);
}

cc_status cc_gguf_set_strn(cc_gguf_writer *w, const char *key, const char *v, size_t len, cc_error *err) {
    cc_gguf_buf b = {0};
    cc_gguf_enc_str(&b, v, len);
    cc_status st = b.oom ? cc_fail(err, CC_ERR_NOMEM, "gguf writer: out of memory") : put_kv(w, key, CC_GGUF_STRING, b.data, b.len, err);
    cc_gguf_buf_free(&b);
    return st;
}

cc_status cc_gguf_set_str(cc_gguf_writer *w, const char *key, const char *v, cc_error *err) {
    return cc_gguf_set_strn(w, key, v, strlen(v), err);
}

cc_status cc_gguf_set_arr(cc_gguf_writer *w, const char *key, cc_gguf_type elem_type, const void *data, uint64_t n,
                          cc_error *err) {
    size_t es = cc_gguf_type_size(elem_type), bytes;
    if (!es) return cc_fail(err, CC_ERR_INVALID, "gguf writer: key '%s': cc_gguf_set_arr takes scalar elements", key);
    if (n > SIZE_MAX || !cc_mul_size((size_t)n, es, &bytes)) return cc_fail(err, CC_ERR_RANGE, "gguf writer: key '%s': array too large", key);
    cc_gguf_buf b = {0};
    cc_gguf_enc_arr(&b, elem_type, n);
    cc_gguf_enc_bytes(&b, data, bytes);
    cc_status st = b.oom ? cc_fail(err, CC_ERR_NOMEM, "gguf writer: out of memory") : put_kv(w, key, CC_GGUF_ARRAY, b.data, b.len, err);
    cc_gguf_buf_free(&b);
    return st;
}

cc_status cc_gguf_set_arr_str(cc_gguf_writer *w, const char *key, const char *const *strs, uint64_t n, cc_error *err) {
    cc_gguf_buf b = {0};
    cc_gguf_enc_arr(&b, CC_GGUF_STRING, n);
    for (uint64_t i = 0; i < n && !b.oom; i++) cc_gguf_enc_str(&b, strs[i], strlen(strs[i]));
    cc_status st = b.oom ? cc_fail(err, CC_ERR_NOMEM, "gguf writer: out of memory") : put_kv(w, key, CC_GGUF_ARRAY, b.data, b.len, err);
    cc_gguf_buf_free(&b);
    return st;
}

cc_status cc_gguf_set_encoded(cc_gguf_writer *w, const char *key, cc_gguf_type type, const void *payload, size_t len,
                              cc_error *err) {
    cc_error local;
    if (!err) err = &local;
    if (!valid_vtype((uint32_t)type)) return cc_fail(err, CC_ERR_INVALID, "gguf writer: key '%s': bad value type %d", key, (int)type);
    char what[128];
    snprintf(what, sizeof what, "value of key '%.64s'", key);
    cursor c = {payload, len, 0, "gguf writer", err};
    cc_gguf_value v;
    cc_status st = parse_value(&c, type, &v, what, 0);
    free_value(&v);
    if (st != CC_OK) return st;
    if (c.pos != len)
        return cc_fail(err, CC_ERR_INVALID, "gguf writer: key '%s': %zu bytes after the encoded %s value", key, len - c.pos,
                       cc_gguf_type_str(type));
    return put_kv(w, key, type, payload, len, err);
}

cc_status cc_gguf_set_from(cc_gguf_writer *w, const char *key, const cc_gguf *src, const cc_gguf_value *v, cc_error *err) {
    return put_kv(w, key, v->type, src->base + v->offset, (size_t)v->nbytes, err);
}

static cc_status add_tensor(cc_gguf_writer *w, const char *name, cc_ttype type, uint32_t n_dims, const int64_t *ne,
                            const void *data, cc_gguf_tensor_fn fn, void *ctx, cc_error *err) {
    size_t nlen = name ? strlen(name) : 0;
    if (nlen == 0 || nlen > CC_GGUF_MAX_NAME) return cc_fail(err, CC_ERR_INVALID, "gguf writer: bad tensor name '%.64s'", name ? name : "");
    if (n_dims < 1 || n_dims > CC_GGUF_MAX_DIMS) return cc_fail(err, CC_ERR_INVALID, "gguf writer: tensor '%s': %u dims", name, n_dims);
    for (size_t i = 0; i < w->n_t; i++)
        if (strcmp(w->ts[i].name, name) == 0) return cc_fail(err, CC_ERR_INVALID, "gguf writer: duplicate tensor '%s'", name);
    wtensor t = {0};
    t.type = type;
    t.n_dims = n_dims;
    int64_t rows = 1;
    for (uint32_t d = 0; d < CC_GGUF_MAX_DIMS; d++) t.ne[d] = d < n_dims ? ne[d] : 1;
    for (uint32_t d = 0; d < n_dims; d++) {
        if (ne[d] < 0) return cc_fail(err, CC_ERR_INVALID, "gguf writer: tensor '%s' dim %u is negative", name, d);
        if (d > 0 && !cc_mul_i64(rows, ne[d], &rows)) return cc_fail(err, CC_ERR_RANGE, "gguf writer: tensor '%s' too large", name);
    }
    size_t row;
    if (cc_ttype_row_bytes(type, t.ne[0], &row, err) != CC_OK) return cc_wrap(err, "gguf writer: tensor '%s'", name);
    if ((uint64_t)rows > SIZE_MAX || !cc_mul_size(row, (size_t)rows, &t.size))
        return cc_fail(err, CC_ERR_RANGE, "gguf writer: tensor '%s' too large", name);
    t.data = data;
    t.fn = fn;
    t.ctx = ctx;
    if (w->n_t == w->cap_t) {
        size_t cap = w->cap_t ? 2 * w->cap_t : 64;
        wtensor *nt = realloc(w->ts, cap * sizeof *nt);
        if (!nt) return cc_fail(err, CC_ERR_NOMEM, "gguf writer: out of memory");
        w->ts = nt;
        w->cap_t = cap;
    }
    if (!(t.name = strdup(name))) return cc_fail(err, CC_ERR_NOMEM, "gguf writer: out of memory");
    w->ts[w->n_t++] = t;
    return CC_OK;
}

cc_status cc_gguf_add_tensor(cc_gguf_writer *w, const char *name, cc_ttype type, uint32_t n_dims, const int64_t *ne,
                             const void *data, cc_error *err) {
    if (!data) return cc_fail(err, CC_ERR_INVALID, "gguf writer: tensor '%s' has no data", name ? name : "");
    return add_tensor(w, name, type, n_dims, ne, data, NULL, NULL, err);
}

cc_status cc_gguf_add_tensor_fn(cc_gguf_writer *w, const char *name, cc_ttype type, uint32_t n_dims, const int64_t *ne,
                                cc_gguf_tensor_fn fn, void *ctx, cc_error *err) {
    if (!fn) return cc_fail(err, CC_ERR_INVALID, "gguf writer: tensor '%s' has no producer", name ? name : "");
    return add_tensor(w, name, type, n_dims, ne, NULL, fn, ctx, err);
}

static uint32_t writer_alignment(const cc_gguf_writer *w, cc_error *err, cc_status *st) {
    *st = CC_OK;
    for (size_t i = 0; i < w->n_kv; i++)
        if (strcmp(w->kvs[i].key, "general.alignment") == 0) {
            uint32_t a = 0;
            if (w->kvs[i].type == CC_GGUF_UINT32 && w->kvs[i].len == 4)
                a = (uint32_t)w->kvs[i].payload[0] | (uint32_t)w->kvs[i].payload[1] << 8 |
                    (uint32_t)w->kvs[i].payload[2] << 16 | (uint32_t)w->kvs[i].payload[3] << 24;
            if (a == 0 || (a & (a - 1)) != 0) *st = cc_fail(err, CC_ERR_INVALID, "gguf writer: general.alignment must be a u32 power of two");
            return a;
        }
    return CC_GGUF_DEFAULT_ALIGNMENT;
}

static const uint8_t zeros[4096];

static cc_status pad_to(cc_gguf_sink *s, uint64_t pos, uint32_t align, uint64_t *newpos, cc_error *err) {
    uint64_t pad = (align - pos % align) % align;
    *newpos = pos + pad;
    while (pad) {
        size_t n = pad > sizeof zeros ? sizeof zeros : (size_t)pad;
        if (sink_raw(s, zeros, n, err) != CC_OK) return err->code;
        pad -= n;
    }
    return CC_OK;
}

/* Header, metadata, tensor infos, then each tensor's bytes, padded. */
static cc_status emit(cc_gguf_writer *w, cc_gguf_sink *s, cc_error *err) {
    cc_status st;
    uint32_t align = writer_alignment(w, err, &st);
    if (st != CC_OK) return st;
    cc_gguf_buf h = {0};
    cc_gguf_enc_bytes(&h, "GGUF", 4);
    cc_gguf_enc_u32(&h, 3);
    cc_gguf_enc_u64(&h, w->n_t);
    cc_gguf_enc_u64(&h, w->n_kv);
    for (size_t i = 0; i < w->n_kv; i++) {
        cc_gguf_enc_str(&h, w->kvs[i].key, strlen(w->kvs[i].key));
        cc_gguf_enc_u32(&h, (uint32_t)w->kvs[i].type);
        cc_gguf_enc_bytes(&h, w->kvs[i].payload, w->kvs[i].len);
    }
    uint64_t off = 0;
    for (size_t i = 0; i < w->n_t; i++) {
        const wtensor *t = &w->ts[i];
        cc_gguf_enc_str(&h, t->name, strlen(t->name));
        cc_gguf_enc_u32(&h, t->n_dims);
        for (uint32_t d = 0; d < t->n_dims; d++) cc_gguf_enc_u64(&h, (uint64_t)t->ne[d]);
        cc_gguf_enc_u32(&h, (uint32_t)t->type);
        cc_gguf_enc_u64(&h, off);
        off += t->size;
        off += (align - off % align) % align;
    }
    if (h.oom) {
        cc_gguf_buf_free(&h);
        return cc_fail(err, CC_ERR_NOMEM, "%s: out of memory", s->path);
    }
    st = sink_raw(s, h.data, h.len, err);
    uint64_t pos = h.len;
    cc_gguf_buf_free(&h);
    if (st != CC_OK) return st;
    if (w->n_t && (st = pad_to(s, pos, align, &pos, err)) != CC_OK) return st;
    for (size_t i = 0; i < w->n_t; i++) {
        const wtensor *t = &w->ts[i];
        s->written = 0;
        s->limit = t->size;
        s->tname = t->name;
        if (t->data) st = cc_gguf_sink_write(s, t->data, t->size, err);
        else st = t->fn(t->ctx, t->name, s, err);
        if (st != CC_OK) return st;
        if (s->written != t->size)
            return cc_fail(err, CC_ERR_INVALID, "%s: tensor '%s': producer wrote %llu of %zu bytes", s->path, t->name,
                           (unsigned long long)s->written, t->size);
        pos += t->size;
        if (i + 1 < w->n_t && (st = pad_to(s, pos, align, &pos, err)) != CC_OK) return st;
    }
    return CC_OK;
}

cc_status cc_gguf_writer_to_memory(cc_gguf_writer *w, uint8_t **out, size_t *out_len, cc_error *err) {
    cc_error local;
    if (!err) err = &local;
    cc_gguf_buf b = {0};
    cc_gguf_sink s = {NULL, &b, "<memory>", 0, 0, NULL};
    cc_status st = emit(w, &s, err);
    if (st != CC_OK) {
        cc_gguf_buf_free(&b);
        return st;
    }
    *out = b.data ? b.data : malloc(1);
    *out_len = b.len;
    return *out ? CC_OK : cc_fail(err, CC_ERR_NOMEM, "out of memory");
}

static void sync_dir_of(const char *path) {
    const char *slash = strrchr(path, '/');
    char *dir = slash ? strndup(path, (size_t)(slash - path) + 1) : strdup(".");
    if (!dir) return;
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
    free(dir);
}

cc_status cc_gguf_writer_write(cc_gguf_writer *w, const char *path, cc_error *err) {
    cc_error local;
    if (!err) err = &local;
    cc_status st = CC_OK;
    size_t plen = strlen(path);
    char *part = malloc(plen + 6);
    FILE *f = NULL;
    char *iobuf = NULL;
    if (!part) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    memcpy(part, path, plen);
    memcpy(part + plen, ".part", 6);
    int fd = open(part, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        st = cc_fail(err, CC_ERR_IO, "%s: cannot create: %s", part, strerror(errno));
        goto done;
    }
    f = fdopen(fd, "wb");
    if (!f) {
        close(fd);
        st = cc_fail(err, CC_ERR_IO, "%s: %s", part, strerror(errno));
        goto fail;
    }
    iobuf = malloc(1 << 20);
    if (iobuf) setvbuf(f, iobuf, _IOFBF, 1 << 20);
    cc_gguf_sink s = {f, NULL, part, 0, 0, NULL};
    if ((st = emit(w, &s, err)) != CC_OK) goto fail;
    if (fflush(f) != 0 || fsync(fileno(f)) != 0) {
        st = cc_fail(err, CC_ERR_IO, "%s: flush failed: %s", part, strerror(errno));
        goto fail;
    }
    int rc = fclose(f);
    f = NULL;
    if (rc != 0) {
        st = cc_fail(err, CC_ERR_IO, "%s: close failed: %s", part, strerror(errno));
        goto fail;
    }
    if (rename(part, path) != 0) {
        st = cc_fail(err, CC_ERR_IO, "%s: cannot rename to %s: %s", part, path, strerror(errno));
        goto fail;
    }
    sync_dir_of(path); /* make the rename itself durable (best effort) */
    goto done;
fail:
    if (f) fclose(f);
    unlink(part);
done:
    free(iobuf);
    free(part);
    return st;
}
