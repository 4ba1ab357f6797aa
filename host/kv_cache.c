/* kv_cache.c - paged KV pool: block allocation, reference counts, block
 * tables, copy-on-write of a shared partial block, f32/f16 row access. */
#include "kv_cache.h"

#include <stdlib.h>
#include <string.h>

#include "tensor_types.h"

size_t cc_kv_block_bytes(int32_t n_layer, int32_t kv_dim, int32_t block_tokens, cc_kv_dtype dtype) {
    size_t esz = dtype == CC_KV_F32 ? 4 : 2, bb;
    if (n_layer <= 0 || kv_dim <= 0 || block_tokens <= 0) return 0;
    if (!cc_mul_size((size_t)n_layer * 2, (size_t)kv_dim, &bb) || !cc_mul_size(bb, (size_t)block_tokens, &bb) ||
        !cc_mul_size(bb, esz, &bb))
        return 0;
    return bb;
}

cc_status cc_kv_pool_init_blocks(cc_kv_pool *pool, int32_t n_layer, int32_t kv_dim, int32_t block_tokens,
                                 cc_kv_dtype dtype, int32_t n_blocks, bool host_memory, cc_error *err) {
    cc_status st = CC_OK;
    memset(pool, 0, sizeof *pool);
    if (n_layer <= 0 || kv_dim <= 0 || block_tokens <= 0 || (dtype != CC_KV_F32 && dtype != CC_KV_F16) ||
        n_blocks < 1 || n_blocks > INT32_MAX / 2)
        return cc_fail(err, CC_ERR_INVALID, "kv cache: bad shape (layers %d, kv_dim %d, block %d, dtype %d, blocks %d)",
                       n_layer, kv_dim, block_tokens, (int)dtype, n_blocks);
    size_t bb = cc_kv_block_bytes(n_layer, kv_dim, block_tokens, dtype), total;
    if (bb == 0 || !cc_mul_size(bb, (size_t)n_blocks, &total))
        return cc_fail(err, CC_ERR_RANGE, "kv cache: %d blocks overflow the address space", n_blocks);
    pool->n_layer = n_layer;
    pool->kv_dim = kv_dim;
    pool->block_tokens = block_tokens;
    pool->dtype = dtype;
    pool->n_blocks = n_blocks;
    pool->block_bytes = bb;
    pool->mem = host_memory ? malloc(total) : NULL;
    pool->refcount = calloc((size_t)n_blocks, sizeof(int32_t));
    pool->free_list = malloc((size_t)n_blocks * sizeof(int32_t));
    if ((host_memory && !pool->mem) || !pool->refcount || !pool->free_list) {
        st = cc_fail(err, CC_ERR_NOMEM, "kv cache: cannot allocate %d blocks of %zu bytes", n_blocks, bb);
        goto done;
    }
    /* stack, lowest id on top */
    for (int32_t i = 0; i < pool->n_blocks; i++) pool->free_list[i] = pool->n_blocks - 1 - i;
    pool->n_free = pool->n_blocks;
done:
    if (st != CC_OK) cc_kv_pool_free(pool);
    return st;
}

cc_status cc_kv_pool_init(cc_kv_pool *pool, int32_t n_layer, int32_t kv_dim, int32_t block_tokens,
                          cc_kv_dtype dtype, size_t budget_bytes, cc_error *err) {
    memset(pool, 0, sizeof *pool);
    size_t bb = cc_kv_block_bytes(n_layer, kv_dim, block_tokens, dtype);
    if (bb == 0 || (dtype != CC_KV_F32 && dtype != CC_KV_F16))
        return cc_fail(err, CC_ERR_INVALID, "kv cache: bad shape (layers %d, kv_dim %d, block %d, dtype %d)", n_layer,
                       kv_dim, block_tokens, (int)dtype);
    size_t nb = budget_bytes / bb;
    if (nb < 1)
        return cc_fail(err, CC_ERR_NOMEM, "kv cache: budget of %zu bytes is less than one block (%zu bytes)",
                       budget_bytes, bb);
    if (nb > INT32_MAX / 2) nb = INT32_MAX / 2;
    return cc_kv_pool_init_blocks(pool, n_layer, kv_dim, block_tokens, dtype, (int32_t)nb, true, err);
}

void cc_kv_pool_free(cc_kv_pool *pool) {
    if (!pool) return;
    free(pool->mem);
    free(pool->refcount);
    free(pool->free_list);
    memset(pool, 0, sizeof *pool);
}

void cc_kv_seq_init(cc_kv_seq *seq) { memset(seq, 0, sizeof *seq); }

static void unref(cc_kv_pool *pool, int32_t b) {
    if (--pool->refcount[b] == 0) pool->free_list[pool->n_free++] = b;
}

void cc_kv_seq_release(cc_kv_pool *pool, cc_kv_seq *seq) {
    for (int32_t i = 0; i < seq->n_blocks; i++) unref(pool, seq->blocks[i]);
    free(seq->blocks);
    cc_kv_seq_init(seq);
}

/* Is the block holding position n_tokens (the next write) shared and partly filled? */
static bool tail_needs_copy(const cc_kv_pool *pool, const cc_kv_seq *seq) {
    int32_t slot = seq->n_tokens % pool->block_tokens;
    if (slot == 0) return false; /* next write starts a fresh block */
    int32_t bi = seq->n_tokens / pool->block_tokens;
    return bi < seq->n_blocks && pool->refcount[seq->blocks[bi]] > 1;
}

int32_t cc_kv_seq_blocks_needed(const cc_kv_pool *pool, const cc_kv_seq *seq, int32_t n_new) {
    int64_t need_blocks = ((int64_t)seq->n_tokens + n_new + pool->block_tokens - 1) / pool->block_tokens;
    int64_t extra = need_blocks - seq->n_blocks;
    if (extra < 0) extra = 0;
    if (n_new > 0 && tail_needs_copy(pool, seq)) extra++;
    return extra > INT32_MAX ? INT32_MAX : (int32_t)extra;
}

static int32_t take_block(cc_kv_pool *pool) {
    int32_t b = pool->free_list[--pool->n_free];
    pool->refcount[b] = 1;
    return b;
}

cc_status cc_kv_seq_reserve(cc_kv_pool *pool, cc_kv_seq *seq, int32_t n_new, cc_error *err) {
    if (n_new < 0) return cc_fail(err, CC_ERR_INVALID, "kv cache: negative reservation %d", n_new);
    if (n_new == 0) return CC_OK;
    int32_t need = cc_kv_seq_blocks_needed(pool, seq, n_new);
    if (need > pool->n_free)
        return cc_fail(err, CC_ERR_NOMEM, "kv cache exhausted: %d blocks needed, %d free of %d", need, pool->n_free,
                       pool->n_blocks);
    int64_t total = ((int64_t)seq->n_tokens + n_new + pool->block_tokens - 1) / pool->block_tokens;
    if (total > seq->cap) {
        int32_t nc = seq->cap ? seq->cap : 8;
        while (nc < total) nc *= 2;
        int32_t *nb = realloc(seq->blocks, (size_t)nc * sizeof(int32_t));
        if (!nb) return cc_fail(err, CC_ERR_NOMEM, "kv cache: block table of %d entries", nc);
        seq->blocks = nb;
        seq->cap = nc;
    }
    if (tail_needs_copy(pool, seq)) {
        int32_t bi = seq->n_tokens / pool->block_tokens, old = seq->blocks[bi];
        int32_t nb = take_block(pool);
        if (pool->mem)
            memcpy(pool->mem + (size_t)nb * pool->block_bytes, pool->mem + (size_t)old * pool->block_bytes,
                   pool->block_bytes);
        unref(pool, old);
        seq->blocks[bi] = nb;
    }
    while (seq->n_blocks < total) seq->blocks[seq->n_blocks++] = take_block(pool);
    return CC_OK;
}

void cc_kv_seq_commit(cc_kv_seq *seq, int32_t n_new) { seq->n_tokens += n_new; }

cc_status cc_kv_seq_fork(cc_kv_pool *pool, cc_kv_seq *dst, const cc_kv_seq *src, int32_t n_tokens, cc_error *err) {
    if (dst->n_blocks != 0 || dst->n_tokens != 0) return cc_fail(err, CC_ERR_INVALID, "kv fork: destination not empty");
    if (n_tokens < 0 || n_tokens > src->n_tokens)
        return cc_fail(err, CC_ERR_INVALID, "kv fork: %d positions requested, source has %d", n_tokens, src->n_tokens);
    int32_t nb = (n_tokens + pool->block_tokens - 1) / pool->block_tokens;
    if (nb > 0) {
        dst->blocks = malloc((size_t)nb * sizeof(int32_t));
        if (!dst->blocks) return cc_fail(err, CC_ERR_NOMEM, "kv fork: block table of %d entries", nb);
        dst->cap = nb;
    }
    for (int32_t i = 0; i < nb; i++) {
        dst->blocks[i] = src->blocks[i];
        pool->refcount[src->blocks[i]]++;
    }
    dst->n_blocks = nb;
    dst->n_tokens = n_tokens;
    return CC_OK;
}

void cc_kv_store(const cc_kv_pool *pool, const cc_kv_seq *seq, int32_t layer, int32_t pos, bool is_v,
                 const float *src) {
    void *p = cc_kv_at(pool, seq, layer, pos, is_v);
    if (pool->dtype == CC_KV_F32) {
        memcpy(p, src, (size_t)pool->kv_dim * sizeof(float));
    } else {
        uint16_t *h = p;
        for (int32_t i = 0; i < pool->kv_dim; i++) h[i] = cc_f32_to_fp16(src[i]);
    }
}

void cc_kv_load(const cc_kv_pool *pool, const cc_kv_seq *seq, int32_t layer, int32_t pos, bool is_v, float *dst) {
    const void *p = cc_kv_at(pool, seq, layer, pos, is_v);
    if (pool->dtype == CC_KV_F32) {
        memcpy(dst, p, (size_t)pool->kv_dim * sizeof(float));
    } else {
        const uint16_t *h = p;
        for (int32_t i = 0; i < pool->kv_dim; i++) dst[i] = cc_fp16_to_f32(h[i]);
    }
}
