/* test_kv_cache.c - paged KV bookkeeping: blocks come back when sequences are
 * released, a shared prefix is referenced not copied, appending after a shared
 * partial block copies it and leaves the prefix intact, and exhaustion is an
 * error that changes nothing. */
#include <string.h>

#include "kv_cache.h"
#include "testutil.h"

static float val(int32_t seq, int32_t layer, int32_t pos, int32_t i, int v) {
    /* integers and halves below 1024: exact in f16 too */
    return (float)(((seq * 3 + layer) * 2 + v) * 40 + pos) + (i % 2 ? 0.5f : 0.0f);
}

static void write_range(cc_kv_pool *p, cc_kv_seq *s, int32_t id, int32_t from, int32_t n) {
    float row[12];
    for (int32_t pos = from; pos < from + n; pos++)
        for (int32_t l = 0; l < p->n_layer; l++)
            for (int v = 0; v < 2; v++) {
                for (int i = 0; i < 12; i++) row[i] = val(id, l, pos, i, v);
                cc_kv_store(p, s, l, pos, v, row);
            }
    cc_kv_seq_commit(s, n);
}

static bool check_range(cc_kv_pool *p, cc_kv_seq *s, int32_t id, int32_t from, int32_t n) {
    float row[12];
    for (int32_t pos = from; pos < from + n; pos++)
        for (int32_t l = 0; l < p->n_layer; l++)
            for (int v = 0; v < 2; v++) {
                cc_kv_load(p, s, l, pos, v, row);
                for (int i = 0; i < 12; i++)
                    if (row[i] != val(id, l, pos, i, v)) return false;
            }
    return true;
}

static void run(cc_kv_dtype dt) {
    cc_kv_pool pool;
    cc_error err = {0};
    size_t esz = dt == CC_KV_F32 ? 4 : 2;
    size_t block = 3 * 2 * 12 * 16 * esz;
    CHECK(cc_kv_pool_init(&pool, 3, 12, 16, dt, block * 10 + block / 2, &err) == CC_OK);
    CHECK(pool.n_blocks == 10 && cc_kv_pool_free_blocks(&pool) == 10);

    /* a prefix of 20 positions: 2 blocks, the second partly filled */
    cc_kv_seq prefix, a, b;
    cc_kv_seq_init(&prefix);
    cc_kv_seq_init(&a);
    cc_kv_seq_init(&b);
    CHECK(cc_kv_seq_blocks_needed(&pool, &prefix, 20) == 2);
    CHECK(cc_kv_seq_reserve(&pool, &prefix, 20, &err) == CC_OK);
    write_range(&pool, &prefix, 1, 0, 20);
    CHECK(cc_kv_pool_free_blocks(&pool) == 8);

    /* two sequences share it: no new blocks */
    CHECK(cc_kv_seq_fork(&pool, &a, &prefix, 20, &err) == CC_OK);
    CHECK(cc_kv_seq_fork(&pool, &b, &prefix, 16, &err) == CC_OK);
    CHECK(cc_kv_pool_free_blocks(&pool) == 8);
    CHECK(pool.refcount[prefix.blocks[0]] == 3 && pool.refcount[prefix.blocks[1]] == 2);
    CHECK(a.blocks[0] == prefix.blocks[0] && b.blocks[0] == prefix.blocks[0]);

    /* a appends 4 positions: its shared partial block is copied (1 block), prefix unchanged */
    CHECK(cc_kv_seq_blocks_needed(&pool, &a, 4) == 1);
    CHECK(cc_kv_seq_reserve(&pool, &a, 4, &err) == CC_OK);
    CHECK(a.blocks[1] != prefix.blocks[1] && a.blocks[0] == prefix.blocks[0]);
    write_range(&pool, &a, 2, 20, 4);
    CHECK(check_range(&pool, &a, 1, 0, 20));  /* copied positions kept */
    CHECK(check_range(&pool, &a, 2, 20, 4));
    CHECK(check_range(&pool, &prefix, 1, 0, 20));
    CHECK(pool.refcount[prefix.blocks[1]] == 1);

    /* b (forked at a block boundary) starts a fresh block: no copy */
    CHECK(cc_kv_seq_blocks_needed(&pool, &b, 17) == 2);
    CHECK(cc_kv_seq_reserve(&pool, &b, 17, &err) == CC_OK);
    write_range(&pool, &b, 3, 16, 17);
    CHECK(check_range(&pool, &b, 1, 0, 16) && check_range(&pool, &b, 3, 16, 17));
    CHECK(check_range(&pool, &prefix, 1, 0, 20));
    CHECK(cc_kv_pool_free_blocks(&pool) == 5);

    /* exhaustion: an error, nothing changes */
    cc_kv_seq big;
    cc_kv_seq_init(&big);
    int32_t before = cc_kv_pool_free_blocks(&pool);
    CHECK(cc_kv_seq_reserve(&pool, &big, 16 * 6, &err) == CC_ERR_NOMEM);
    CHECK(strstr(err.msg, "exhausted") != NULL);
    CHECK(big.n_blocks == 0 && cc_kv_pool_free_blocks(&pool) == before);
    CHECK(cc_kv_seq_reserve(&pool, &big, 16 * 5, &err) == CC_OK);
    CHECK(cc_kv_pool_free_blocks(&pool) == 0);
    CHECK(cc_kv_seq_reserve(&pool, &a, 100, &err) == CC_ERR_NOMEM);
    CHECK(cc_kv_seq_fork(&pool, &big, &prefix, 4, &err) == CC_ERR_INVALID); /* not empty */

    /* releasing in any order returns every block exactly once */
    cc_kv_seq_release(&pool, &big);
    cc_kv_seq_release(&pool, &prefix);
    CHECK(check_range(&pool, &a, 1, 0, 16)); /* a still holds the prefix's first block */
    cc_kv_seq_release(&pool, &a);
    cc_kv_seq_release(&pool, &b);
    CHECK(cc_kv_pool_free_blocks(&pool) == 10);
    int ok = 1;
    for (int32_t i = 0; i < pool.n_blocks; i++) ok &= pool.refcount[i] == 0;
    CHECK(ok);
    cc_kv_pool_free(&pool);
}

int main(void) {
    run(CC_KV_F32);
    run(CC_KV_F16);
    cc_kv_pool pool;
    cc_error err = {0};
    CHECK(cc_kv_pool_init(&pool, 2, 8, 16, CC_KV_F32, 100, &err) == CC_ERR_NOMEM);
    /* bookkeeping only (a GPU backend's pool): same accounting, no host memory */
    CHECK(cc_kv_pool_init_blocks(&pool, 16, 512, 16, CC_KV_F16, 1000, false, &err) == CC_OK);
    CHECK(pool.mem == NULL && cc_kv_pool_free_blocks(&pool) == 1000);
    cc_kv_seq s1, s2;
    cc_kv_seq_init(&s1);
    cc_kv_seq_init(&s2);
    CHECK(cc_kv_seq_reserve(&pool, &s1, 20, &err) == CC_OK);
    cc_kv_seq_commit(&s1, 20);
    CHECK(cc_kv_seq_fork(&pool, &s2, &s1, 20, &err) == CC_OK);
    CHECK(cc_kv_seq_reserve(&pool, &s2, 1, &err) == CC_OK); /* copy-on-write without memory to copy */
    CHECK(cc_kv_pool_free_blocks(&pool) == 997);
    cc_kv_seq_release(&pool, &s1);
    cc_kv_seq_release(&pool, &s2);
    CHECK(cc_kv_pool_free_blocks(&pool) == 1000);
    cc_kv_pool_free(&pool);
    CHECK(cc_kv_pool_init_blocks(&pool, 16, 512, 16, CC_KV_F16, 0, false, &err) == CC_ERR_INVALID);
    return cc_test_finish("test_kv_cache");
}
