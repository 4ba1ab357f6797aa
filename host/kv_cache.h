/* kv_cache.h - the paged key/value cache: a pool of fixed-size blocks sized
 * from a byte budget, a block table per sequence, and reference counts so a
 * shared prefix (system prompt + template head) is stored once and referenced
 * by every sequence that starts with it.
 *
 * A block holds block_tokens positions of K and V for every layer:
 * k(block, layer, slot) is n_head_kv * head_dim values.  Sequences only ever
 * write at their end; appending into a block that other sequences also
 * reference first copies it (copy-on-write of the partial last block of a
 * prefix), so shared blocks are never modified.  Exhaustion is an error
 * (CC_ERR_NOMEM, nothing changed), never a crash: the scheduler then preempts. */
#ifndef CLINCLEAN_KV_CACHE_H
#define CLINCLEAN_KV_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "status.h"

typedef enum {
    CC_KV_F32 = 0, /* 4 bytes per value */
    CC_KV_F16,     /* 2 bytes per value (round to nearest even) */
} cc_kv_dtype;

typedef struct {
    int32_t n_layer;        /* layers */
    int32_t kv_dim;         /* n_head_kv * head_dim values per position per layer, for K and for V */
    int32_t block_tokens;   /* positions per block */
    cc_kv_dtype dtype;      /* storage type */
    int32_t n_blocks;       /* blocks in the pool */
    size_t block_bytes;     /* bytes of one block (K and V, all layers) */
    uint8_t *mem;           /* n_blocks * block_bytes, owned; NULL for a bookkeeping-only pool */
    int32_t *refcount;      /* [n_blocks] sequences referencing each block (0 = free) */
    int32_t *free_list;     /* [n_blocks] stack of free block ids */
    int32_t n_free;         /* entries in free_list */
} cc_kv_pool;

typedef struct {
    int32_t *blocks;        /* [n_blocks] block ids, position p lives in blocks[p / block_tokens] */
    int32_t n_blocks;       /* blocks in the table */
    int32_t cap;            /* allocated entries of blocks */
    int32_t n_tokens;       /* positions whose K/V are stored (committed) */
} cc_kv_seq;

/* Pool with as many blocks as fit in budget_bytes (at least one, else an error). */
cc_status cc_kv_pool_init(cc_kv_pool *pool, int32_t n_layer, int32_t kv_dim, int32_t block_tokens,
                          cc_kv_dtype dtype, size_t budget_bytes, cc_error *err);
/* Pool of exactly n_blocks; with host_memory false only the bookkeeping exists (mem is
 * NULL: a backend that keeps K/V elsewhere, e.g. on a GPU, indexes its own storage by
 * block id and must not call cc_kv_at/store/load). */
cc_status cc_kv_pool_init_blocks(cc_kv_pool *pool, int32_t n_layer, int32_t kv_dim, int32_t block_tokens,
                                 cc_kv_dtype dtype, int32_t n_blocks, bool host_memory, cc_error *err);
/* Bytes of one block for these dimensions (0 on overflow). */
size_t cc_kv_block_bytes(int32_t n_layer, int32_t kv_dim, int32_t block_tokens, cc_kv_dtype dtype);
void cc_kv_pool_free(cc_kv_pool *pool); /* accepts a zeroed pool */
static inline int32_t cc_kv_pool_free_blocks(const cc_kv_pool *pool) { return pool->n_free; }

void cc_kv_seq_init(cc_kv_seq *seq);
/* Drop every block reference (blocks whose count reaches 0 return to the pool) and empty seq. */
void cc_kv_seq_release(cc_kv_pool *pool, cc_kv_seq *seq);
/* New blocks that appending n_new positions to seq would take (copy-on-write included). */
int32_t cc_kv_seq_blocks_needed(const cc_kv_pool *pool, const cc_kv_seq *seq, int32_t n_new);
/* Make room for positions [n_tokens, n_tokens + n_new): allocate blocks and copy a
 * shared partial last block.  All or nothing: CC_ERR_NOMEM leaves seq unchanged. */
cc_status cc_kv_seq_reserve(cc_kv_pool *pool, cc_kv_seq *seq, int32_t n_new, cc_error *err);
/* Mark n_new reserved positions as written. */
void cc_kv_seq_commit(cc_kv_seq *seq, int32_t n_new);
/* dst (empty) shares the first n_tokens positions of src without copying. */
cc_status cc_kv_seq_fork(cc_kv_pool *pool, cc_kv_seq *dst, const cc_kv_seq *src, int32_t n_tokens, cc_error *err);

/* Address of K (is_v false) or V of position pos in layer l of seq; pos must be reserved. */
static inline void *cc_kv_at(const cc_kv_pool *pool, const cc_kv_seq *seq, int32_t layer, int32_t pos, bool is_v) {
    int32_t b = seq->blocks[pos / pool->block_tokens], slot = pos % pool->block_tokens;
    size_t esz = pool->dtype == CC_KV_F32 ? 4 : 2;
    size_t row = (size_t)pool->kv_dim * esz;
    size_t off = (size_t)b * pool->block_bytes + ((size_t)layer * 2 + (is_v ? 1 : 0)) * pool->block_tokens * row +
                 (size_t)slot * row;
    return pool->mem + off;
}
/* Store / load one position's K or V row (kv_dim floats), converting for f16 pools. */
void cc_kv_store(const cc_kv_pool *pool, const cc_kv_seq *seq, int32_t layer, int32_t pos, bool is_v,
                 const float *src);
void cc_kv_load(const cc_kv_pool *pool, const cc_kv_seq *seq, int32_t layer, int32_t pos, bool is_v, float *dst);

#endif
