/* forward.h - the batched Llama forward pass on the CPU over the paged KV cache.
 *
 * One step takes a set of sequences, each contributing 1..n new tokens (prefill
 * chunks and single decode tokens mixed freely), appends their keys and values
 * to the cache, and returns logits for the positions asked for.
 *
 * Batch invariance: every value computed for a token depends only on that
 * token, its position and its sequence's cached keys/values - matmuls reduce
 * each (token, output) pair in a fixed order, attention runs per (token, head)
 * over positions in order - so a sequence's logits are bitwise the same alone
 * or in a batch of any size, and however its prompt was cut into chunks. */
#ifndef CLINCLEAN_FORWARD_H
#define CLINCLEAN_FORWARD_H

#include <stdint.h>

#include "cpu_ops.h"
#include "kv_cache.h"
#include "model.h"
#include "status.h"
#include "threadpool.h"

typedef enum {
    CC_LOGITS_NONE = 0, /* no logits (a prefill chunk that is not the prompt's last) */
    CC_LOGITS_LAST,     /* logits of the last new token */
    CC_LOGITS_ALL,      /* logits of every new token */
} cc_logits_mode;

/* One sequence's share of a step. */
typedef struct {
    cc_kv_seq *kv;           /* its cache; the new tokens take positions kv->n_tokens, ... */
    const int32_t *tokens;   /* [n_tokens] new token ids */
    int32_t n_tokens;        /* >= 1 */
    cc_logits_mode logits;   /* which logits to return */
} cc_fwd_seq;

typedef struct {
    const cc_model *m;       /* borrowed */
    cc_kv_pool *kv;          /* borrowed */
    cc_cpu_ctx cpu;          /* kernels, pool (borrowed), matmul scratch */
    int32_t cap;             /* token rows the buffers below hold */
    float *x;                /* [cap, n_embd] residual stream */
    float *xb;               /* [cap, max(n_embd, n_head*head_dim)] normed input / attention output */
    float *q;                /* [cap, n_head*head_dim] */
    float *k;                /* [cap, n_head_kv*head_dim] */
    float *v;                /* [cap, n_head_kv*head_dim] */
    float *hb;               /* [cap, n_ff] gate, then SwiGLU output */
    float *hb2;              /* [cap, n_ff] up */
    float *tmp;              /* [cap, n_embd] matmul output before the residual add */
    int32_t *tok_seq;        /* [cap] which step sequence a token row belongs to */
    int32_t *tok_pos;        /* [cap] its position */
    int32_t *out_rows;       /* [cap] token rows whose logits are returned, in order */
    float *att;              /* per-thread attention scratch: nth * att_stride floats */
    int64_t att_stride;      /* floats per thread: scores for the longest context + K/V row */
} cc_forward;

/* pool may be NULL (single-threaded).  No buffers are allocated until the first step. */
cc_status cc_forward_init(cc_forward *f, const cc_model *m, cc_kv_pool *kv, cc_threadpool *pool, cc_cpu_isa isa,
                          cc_error *err);
void cc_forward_free(cc_forward *f);

/* Rows of logits a step with these sequences returns. */
int32_t cc_forward_n_logits(const cc_fwd_seq *seqs, int32_t n_seqs);

/* Run one step.  Each sequence's KV is reserved (CC_ERR_NOMEM when the pool is
 * exhausted: no sequence's cache advances), written and committed.  logits gets
 * cc_forward_n_logits rows of n_vocab floats: sequences in order, tokens in order.
 * Token ids are checked against the vocabulary; a sequence must appear once. */
cc_status cc_forward_step(cc_forward *f, const cc_fwd_seq *seqs, int32_t n_seqs, float *logits, cc_error *err);

#endif
