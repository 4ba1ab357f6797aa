/* safetensors.c - the strict .safetensors reader of io/safetensors.h: header
 * length, JSON header (jansson), per-tensor validation, lookup by name, and
 * conversion of rows or element ranges to f32. */
#include "safetensors.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* ------------------------------------------------------------------ dtypes */

typedef struct {
    const char *name; /* dtype string in the header */
    int supported;    /* 1: F32/F16/BF16 */
    cc_ttype type;    /* when supported */
} st_dtype;

static const st_dtype dtypes[] = {
    {"F32", 1, CC_T_F32},     {"F16", 1, CC_T_F16},     {"BF16", 1, CC_T_BF16},   {"F64", 0, CC_T_F32},
    {"I64", 0, CC_T_F32},     {"U64", 0, CC_T_F32},     {"I32", 0, CC_T_F32},     {"U32", 0, CC_T_F32},
    {"I16", 0, CC_T_F32},     {"U16", 0, CC_T_F32},     {"I8", 0, CC_T_F32},      {"U8", 0, CC_T_F32},
    {"BOOL", 0, CC_T_F32},    {"F8_E4M3", 0, CC_T_F32}, {"F8_E5M2", 0, CC_T_F32}, {"F8_E8M0", 0, CC_T_F32},
    {"F6_E2M3", 0, CC_T_F32}, {"F6_E3M2", 0, CC_T_F32}, {"F4", 0, CC_T_F32},      {"C64", 0, CC_T_F32},
};

const char *cc_st_dtype_name(cc_ttype t) {
    switch (t) {
    case CC_T_F32:
        return "F32";
    case CC_T_F16:
        return "F16";
    case CC_T_BF16:
        return "BF16";
    default:
        return "?";
    }
}

static size_t dtype_size(cc_ttype t) { return t == CC_T_F32 ? 4 : 2; }

/* ------------------------------------------------------------------ helpers */

void cc_st_close(cc_safetensors *st) {
    if (!st) return;
    if (st->mapped && st->base) munmap((void *)st->base, st->size);
    for (int i = 0; i < st->n_tensors; i++)
        free(st->tensors[i].name);
    free(st->tensors);
    free(st->by_name);
    for (int i = 0; i < st->n_meta; i++) {
        free(st->meta_keys[i]);
        free(st->meta_values[i]);
    }
    free(st->meta_keys);
    free(st->meta_values);
    free(st->path);
    memset(st, 0, sizeof *st);
}

/* File offset of `"name"` followed by ':' in the header, for messages; the
 * header's start when the name cannot be found verbatim (escaped characters). */
static size_t key_pos(const cc_safetensors *st, const char *name) {
    size_t nl = strlen(name);
    const char *h = (const char *)st->base + 8;
    size_t hl = st->header_len;
    for (size_t i = 0; nl + 2 <= hl && i + nl + 2 <= hl; i++) {
        if (h[i] != '"' || memcmp(h + i + 1, name, nl) != 0 || h[i + nl + 1] != '"') continue;
        size_t j = i + nl + 2;
        while (j < hl && (h[j] == ' ' || h[j] == '\t' || h[j] == '\n' || h[j] == '\r'))
            j++;
        if (j < hl && h[j] == ':') return 8 + i;
    }
    return 8;
}

/* Fail with "<file>: tensor '<name>' (header byte N): <message>"; the byte
 * offset is looked up only here, on the error path. */
__attribute__((format(printf, 5, 6))) static cc_status tfail(const cc_safetensors *st, const char *name, cc_error *err,
                                                             cc_status code, const char *fmt, ...) {
    char msg[CC_ERROR_MSG_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return cc_fail(err, code, "%s: tensor '%.200s' (header byte %zu): %s", st->path, name, key_pos(st, name), msg);
}

static int cmp_by_name(const void *a, const void *b, void *ctx) {
    const cc_st_tensor *t = ctx;
    return strcmp(t[*(const int *)a].name, t[*(const int *)b].name);
}
static int cmp_by_offset(const void *a, const void *b) {
    const cc_st_tensor *x = a, *y = b;
    if (x->offset != y->offset) return x->offset < y->offset ? -1 : 1;
    if (x->nbytes != y->nbytes) return x->nbytes < y->nbytes ? -1 : 1;
    return strcmp(x->name, y->name);
}

/* A JSON integer in [0, INT64_MAX]; fails with the field named. */
static cc_status get_u64(const cc_safetensors *st, const char *tname, const char *field, json_t *v, uint64_t *out,
                         cc_error *err) {
    if (!json_is_integer(v))
        return tfail(st, tname, err, CC_ERR_FORMAT, "field '%s' holds a %s, not an integer", field,
                     json_is_real(v)     ? "fraction"
                     : json_is_string(v) ? "string"
                                         : "non-number");
    json_int_t x = json_integer_value(v);
    if (x < 0) return tfail(st, tname, err, CC_ERR_FORMAT, "field '%s' is negative (%lld)", field, (long long)x);
    *out = (uint64_t)x;
    return CC_OK;
}

/* Parse and validate one header entry into *t (name already set). */
static cc_status parse_tensor(cc_safetensors *st, cc_st_tensor *t, json_t *obj, size_t data_len, cc_error *err) {
    const char *nm = t->name;
    if (!json_is_object(obj)) return tfail(st, nm, err, CC_ERR_FORMAT, "entry is not a JSON object");
    const char *key;
    json_t *val;
    json_object_foreach(obj, key, val) {
        if (strcmp(key, "dtype") != 0 && strcmp(key, "shape") != 0 && strcmp(key, "data_offsets") != 0)
            return tfail(st, nm, err, CC_ERR_FORMAT, "unknown field '%s'", key);
    }
    /* dtype */
    json_t *jd = json_object_get(obj, "dtype");
    if (!jd) return tfail(st, nm, err, CC_ERR_FORMAT, "field 'dtype' is missing");
    if (!json_is_string(jd)) return tfail(st, nm, err, CC_ERR_FORMAT, "field 'dtype' is not a string");
    const char *ds = json_string_value(jd);
    const st_dtype *dt = NULL;
    for (size_t i = 0; i < sizeof dtypes / sizeof dtypes[0]; i++)
        if (strcmp(dtypes[i].name, ds) == 0) dt = &dtypes[i];
    if (!dt) return tfail(st, nm, err, CC_ERR_FORMAT, "field 'dtype': unknown dtype '%.32s'", ds);
    if (!dt->supported)
        return tfail(st, nm, err, CC_ERR_UNSUPPORTED,
                     "field 'dtype': unsupported dtype '%s' "
                     "(clinclean reads F32, F16 and BF16)",
                     ds);
    t->dtype = dt->type;
    /* shape */
    json_t *js = json_object_get(obj, "shape");
    if (!js) return tfail(st, nm, err, CC_ERR_FORMAT, "field 'shape' is missing");
    if (!json_is_array(js)) return tfail(st, nm, err, CC_ERR_FORMAT, "field 'shape' is not an array");
    size_t nd = json_array_size(js);
    if (nd > CC_ST_MAX_DIMS)
        return tfail(st, nm, err, CC_ERR_UNSUPPORTED, "field 'shape' has %zu dimensions (at most %d)", nd,
                     CC_ST_MAX_DIMS);
    t->n_dims = (int)nd;
    int64_t n = 1;
    for (size_t i = 0; i < nd; i++) {
        uint64_t d = 0;
        char field[32];
        snprintf(field, sizeof field, "shape[%zu]", i);
        cc_status rc = get_u64(st, nm, field, json_array_get(js, i), &d, err);
        if (rc != CC_OK) return rc;
        t->shape[i] = (int64_t)d;
        if (!cc_mul_i64(n, (int64_t)d, &n))
            return tfail(st, nm, err, CC_ERR_RANGE, "field 'shape': element count overflows");
    }
    t->n_elems = n;
    size_t nbytes;
    if ((uint64_t)n > SIZE_MAX || !cc_mul_size((size_t)n, dtype_size(t->dtype), &nbytes))
        return tfail(st, nm, err, CC_ERR_RANGE, "field 'shape': byte size overflows");
    t->nbytes = nbytes;
    /* data_offsets */
    json_t *jo = json_object_get(obj, "data_offsets");
    if (!jo) return tfail(st, nm, err, CC_ERR_FORMAT, "field 'data_offsets' is missing");
    if (!json_is_array(jo) || json_array_size(jo) != 2)
        return tfail(st, nm, err, CC_ERR_FORMAT, "field 'data_offsets' is not an array of two integers");
    uint64_t b = 0, e = 0;
    cc_status rc = get_u64(st, nm, "data_offsets[0]", json_array_get(jo, 0), &b, err);
    if (rc == CC_OK) rc = get_u64(st, nm, "data_offsets[1]", json_array_get(jo, 1), &e, err);
    if (rc != CC_OK) return rc;
    if (b > e)
        return tfail(st, nm, err, CC_ERR_FORMAT, "field 'data_offsets': begin %llu > end %llu", (unsigned long long)b,
                     (unsigned long long)e);
    if (e > data_len)
        return tfail(st, nm, err, CC_ERR_FORMAT,
                     "field 'data_offsets': end %llu (file byte %llu) is past the "
                     "data section of %zu bytes (file of %zu bytes)",
                     (unsigned long long)e, (unsigned long long)(e + st->data_start), data_len, st->size);
    if (e - b != nbytes)
        return tfail(st, nm, err, CC_ERR_FORMAT,
                     "field 'data_offsets': [%llu, %llu) holds %llu bytes but shape "
                     "x %s needs %zu",
                     (unsigned long long)b, (unsigned long long)e, (unsigned long long)(e - b), dt->name, nbytes);
    t->offset = (size_t)b;
    t->data = st->base + st->data_start + (size_t)b;
    return CC_OK;
}

static cc_status parse_metadata(cc_safetensors *st, json_t *m, cc_error *err) {
    if (!json_is_object(m))
        return cc_fail(err, CC_ERR_FORMAT, "%s: '__metadata__' (header byte %zu) is not a JSON object", st->path,
                       key_pos(st, "__metadata__"));
    size_t n = json_object_size(m);
    st->meta_keys = calloc(n ? n : 1, sizeof(char *));
    st->meta_values = calloc(n ? n : 1, sizeof(char *));
    if (!st->meta_keys || !st->meta_values) return cc_fail(err, CC_ERR_NOMEM, "%s: out of memory", st->path);
    const char *key;
    json_t *val;
    json_object_foreach(m, key, val) {
        if (!json_is_string(val))
            return cc_fail(err, CC_ERR_FORMAT, "%s: '__metadata__' (header byte %zu): value of '%.64s' is not a string",
                           st->path, key_pos(st, "__metadata__"), key);
        st->meta_keys[st->n_meta] = strdup(key);
        st->meta_values[st->n_meta] = strdup(json_string_value(val));
        st->n_meta++;
        if (!st->meta_keys[st->n_meta - 1] || !st->meta_values[st->n_meta - 1])
            return cc_fail(err, CC_ERR_NOMEM, "%s: out of memory", st->path);
    }
    return CC_OK;
}

/* Validate st->base/size (already set) and fill the tables. */
static cc_status parse(cc_safetensors *st, cc_error *err) {
    cc_status rc = CC_OK;
    json_t *root = NULL;
    if (st->size < 8) {
        rc = cc_fail(err, CC_ERR_FORMAT,
                     "%s: header length at byte 0: file of %zu bytes is shorter than the 8-byte length", st->path,
                     st->size);
        goto done;
    }
    uint64_t hl = 0;
    for (int i = 7; i >= 0; i--)
        hl = (hl << 8) | st->base[i];
    if (hl < 2 || hl > CC_ST_MAX_HEADER || hl > st->size - 8) {
        rc =
            cc_fail(err, CC_ERR_FORMAT, "%s: header length at byte 0: %llu is %s (file of %zu bytes, limit %zu)",
                    st->path, (unsigned long long)hl,
                    hl < 2 ? "too small for a JSON object" : "larger than the file allows", st->size, CC_ST_MAX_HEADER);
        goto done;
    }
    st->header_len = (size_t)hl;
    st->data_start = 8 + st->header_len;
    if (st->base[8] != '{') {
        rc = cc_fail(err, CC_ERR_FORMAT, "%s: header at byte 8 does not start with '{'", st->path);
        goto done;
    }
    json_error_t je;
    root = json_loadb((const char *)st->base + 8, st->header_len, JSON_REJECT_DUPLICATES, &je);
    if (!root) {
        rc = cc_fail(err, CC_ERR_FORMAT, "%s: header JSON at byte %zu: %s", st->path, (size_t)8 + (size_t)je.position,
                     je.text);
        goto done;
    }
    if (!json_is_object(root)) {
        rc = cc_fail(err, CC_ERR_FORMAT, "%s: header at byte 8 is not a JSON object", st->path);
        goto done;
    }
    size_t data_len = st->size - st->data_start;
    size_t n = json_object_size(root);
    st->tensors = calloc(n ? n : 1, sizeof *st->tensors);
    st->by_name = calloc(n ? n : 1, sizeof *st->by_name);
    if (!st->tensors || !st->by_name) {
        rc = cc_fail(err, CC_ERR_NOMEM, "%s: out of memory for %zu tensors", st->path, n);
        goto done;
    }
    const char *key;
    json_t *val;
    json_object_foreach(root, key, val) {
        if (strcmp(key, "__metadata__") == 0) {
            if ((rc = parse_metadata(st, val, err)) != CC_OK) goto done;
            continue;
        }
        cc_st_tensor *t = &st->tensors[st->n_tensors];
        t->name = strdup(key);
        if (!t->name) {
            rc = cc_fail(err, CC_ERR_NOMEM, "%s: out of memory", st->path);
            goto done;
        }
        st->n_tensors++;
        if (key[0] == '\0') {
            rc = tfail(st, key, err, CC_ERR_FORMAT, "empty tensor name");
            goto done;
        }
        if ((rc = parse_tensor(st, t, val, data_len, err)) != CC_OK) goto done;
    }
    /* The tensors must tile the data section: sorted by offset, each begins
     * where the previous ended, and the last ends at the end of the file. */
    qsort(st->tensors, (size_t)st->n_tensors, sizeof *st->tensors, cmp_by_offset);
    size_t expect = 0;
    for (int i = 0; i < st->n_tensors; i++) {
        const cc_st_tensor *t = &st->tensors[i];
        if (t->offset < expect) {
            rc = tfail(st, t->name, err, CC_ERR_FORMAT,
                       "field 'data_offsets': bytes [%zu, %zu) overlap tensor '%s' "
                       "(file byte %zu)",
                       t->offset, t->offset + t->nbytes, st->tensors[i - 1].name, st->data_start + t->offset);
            goto done;
        }
        if (t->offset > expect) {
            rc = tfail(st, t->name, err, CC_ERR_FORMAT,
                       "field 'data_offsets': begins at %zu, leaving a gap of %zu "
                       "unused bytes at file byte %zu",
                       t->offset, t->offset - expect, st->data_start + expect);
            goto done;
        }
        expect = t->offset + t->nbytes;
    }
    if (expect != data_len) {
        rc = cc_fail(err, CC_ERR_FORMAT, "%s: data section at file byte %zu: %zu trailing bytes that no tensor uses",
                     st->path, st->data_start + expect, data_len - expect);
        goto done;
    }
    for (int i = 0; i < st->n_tensors; i++)
        st->by_name[i] = i;
    qsort_r(st->by_name, (size_t)st->n_tensors, sizeof *st->by_name, cmp_by_name, st->tensors);
done:
    json_decref(root);
    return rc;
}

cc_status cc_st_open_memory(cc_safetensors *st, const void *buf, size_t size, const char *name, cc_error *err) {
    memset(st, 0, sizeof *st);
    st->path = strdup(name ? name : "<memory>");
    if (!st->path) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    st->base = buf;
    st->size = size;
    cc_status rc = parse(st, err);
    if (rc != CC_OK) cc_st_close(st);
    return rc;
}

cc_status cc_st_open(cc_safetensors *st, const char *path, cc_error *err) {
    cc_status rc = CC_OK;
    int fd = -1;
    memset(st, 0, sizeof *st);
    st->path = strdup(path);
    if (!st->path) return cc_fail(err, CC_ERR_NOMEM, "out of memory");
    fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        rc = cc_fail(err, CC_ERR_IO, "%s: cannot open: %s", path, strerror(errno));
        goto done;
    }
    struct stat sb;
    if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
        rc = cc_fail(err, CC_ERR_IO, "%s: not a regular file", path);
        goto done;
    }
    st->size = (size_t)sb.st_size;
    if (st->size < 8) {
        rc =
            cc_fail(err, CC_ERR_FORMAT,
                    "%s: header length at byte 0: file of %zu bytes is shorter than the 8-byte length", path, st->size);
        goto done;
    }
    void *m = mmap(NULL, st->size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (m == MAP_FAILED) {
        rc = cc_fail(err, CC_ERR_IO, "%s: mmap of %zu bytes failed: %s", path, st->size, strerror(errno));
        goto done;
    }
    st->base = m;
    st->mapped = true;
    rc = parse(st, err);
done:
    if (fd >= 0) close(fd);
    if (rc != CC_OK) cc_st_close(st);
    return rc;
}

/* ------------------------------------------------------------------ lookup */

const cc_st_tensor *cc_st_find(const cc_safetensors *st, const char *name) {
    int lo = 0, hi = st->n_tensors - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        const cc_st_tensor *t = &st->tensors[st->by_name[mid]];
        int c = strcmp(name, t->name);
        if (c == 0) return t;
        if (c < 0)
            hi = mid - 1;
        else
            lo = mid + 1;
    }
    return NULL;
}

const char *cc_st_metadata(const cc_safetensors *st, const char *key) {
    for (int i = 0; i < st->n_meta; i++)
        if (strcmp(st->meta_keys[i], key) == 0) return st->meta_values[i];
    return NULL;
}

int64_t cc_st_rows(const cc_st_tensor *t) {
    if (t->n_dims < 2) return 1;
    return t->shape[0];
}

int64_t cc_st_row_len(const cc_st_tensor *t) {
    if (t->n_dims == 0) return 1;
    if (t->n_dims == 1) return t->shape[0];
    return t->shape[0] == 0 ? 0 : t->n_elems / t->shape[0];
}

/* ------------------------------------------------------------------ conversion */

cc_status cc_st_elems_f32(const cc_safetensors *st, const cc_st_tensor *t, int64_t first, int64_t n, float *dst,
                          cc_error *err) {
    if (first < 0 || n < 0 || first > t->n_elems || n > t->n_elems - first)
        return cc_fail(err, CC_ERR_RANGE, "%s: tensor '%s': elements [%lld, %lld) outside its %lld elements", st->path,
                       t->name, (long long)first, (long long)first + (long long)n, (long long)t->n_elems);
    const uint8_t *src = t->data + (size_t)first * dtype_size(t->dtype);
    cc_status rc = cc_dequantize_row(t->dtype, src, dst, n, err);
    if (rc != CC_OK) cc_wrap(err, "%s: tensor '%s'", st->path, t->name);
    return rc;
}

cc_status cc_st_rows_f32(const cc_safetensors *st, const cc_st_tensor *t, int64_t first_row, int64_t n_rows, float *dst,
                         cc_error *err) {
    int64_t rows = cc_st_rows(t), len = cc_st_row_len(t);
    if (first_row < 0 || n_rows < 0 || first_row > rows || n_rows > rows - first_row)
        return cc_fail(err, CC_ERR_RANGE, "%s: tensor '%s': rows [%lld, %lld) outside its %lld rows", st->path, t->name,
                       (long long)first_row, (long long)first_row + (long long)n_rows, (long long)rows);
    return cc_st_elems_f32(st, t, first_row * len, n_rows * len, dst, err);
}

static void release_range(const cc_safetensors *st, const uint8_t *p, size_t n) {
    if (!st->mapped || n == 0) return;
    long pg = sysconf(_SC_PAGESIZE);
    uintptr_t page = pg > 0 ? (uintptr_t)pg : 4096;
    uintptr_t b = (uintptr_t)p, e = b + n;
    b = (b + page - 1) / page * page; /* whole pages inside the range only: neighbours may still be in use */
    e = e / page * page;
    if (e > b) madvise((void *)b, e - b, MADV_DONTNEED);
}

void cc_st_release(const cc_safetensors *st, const cc_st_tensor *t) { release_range(st, t->data, t->nbytes); }

void cc_st_release_rows(const cc_safetensors *st, const cc_st_tensor *t, int64_t first_row, int64_t n_rows) {
    int64_t rows = cc_st_rows(t);
    if (first_row < 0 || n_rows <= 0 || first_row >= rows || rows == 0) return;
    if (n_rows > rows - first_row) n_rows = rows - first_row;
    size_t row_bytes = t->nbytes / (size_t)rows;
    release_range(st, t->data + (size_t)first_row * row_bytes, (size_t)n_rows * row_bytes);
}
