/* hf_checkpoint.h - opening a Hugging Face Llama checkpoint directory:
 * config.json -> cc_llama_hparams, the weights (model.safetensors, or shards
 * named by model.safetensors.index.json), generation_config.json defaults,
 * and where the tokenizer files are.
 *
 * cc_hf_open validates the whole directory before returning: the config is a
 * LlamaForCausalLM with supported options, every weight_map entry exists in
 * its shard, no tensor is in two shards, every tensor the architecture needs
 * is present with the shape the config implies, and no unknown tensor (a bias,
 * say) would be silently dropped.  Tensors are then looked up by their Hugging
 * Face names ("model.layers.3.self_attn.q_proj.weight"). */
#ifndef CLINCLEAN_HF_CHECKPOINT_H
#define CLINCLEAN_HF_CHECKPOINT_H

#include <stdbool.h>
#include <stdint.h>

#include "llama_hparams.h"
#include "safetensors.h"
#include "status.h"

#define CC_HF_MAX_EOS 8 /* eos ids kept from a list */

typedef struct {
    bool present;         /* generation_config.json was found */
    bool has_temperature; /* each has_* says the key was in the file */
    float temperature;    /* sampling temperature */
    bool has_top_p;
    float top_p; /* nucleus mass in (0, 1] */
    bool has_top_k;
    int32_t top_k; /* 0 = off */
    bool has_repetition_penalty;
    float repetition_penalty; /* > 0, 1 = off */
    bool has_max_new_tokens;
    int32_t max_new_tokens; /* > 0 */
    bool has_do_sample;
    bool do_sample;                 /* false: greedy */
    int32_t bos_id;                 /* -1 when absent */
    int n_eos;                      /* entries of eos_ids (0 when absent) */
    int32_t eos_ids[CC_HF_MAX_EOS]; /* eos_token_id, an int or a list in the file */
} cc_hf_generation;

typedef struct {
    char *dir;                             /* the checkpoint directory (owned) */
    cc_llama_hparams hp;                   /* from config.json */
    char *torch_dtype;                     /* config.json "torch_dtype" / "dtype" or NULL (owned) */
    int32_t config_bos_id;                 /* config.json bos_token_id, -1 when absent */
    int config_n_eos;                      /* entries of config_eos_ids */
    int32_t config_eos_ids[CC_HF_MAX_EOS]; /* config.json eos_token_id (int or list) */
    cc_hf_generation gen;                  /* generation_config.json */
    char *tokenizer_json;                  /* path of tokenizer.json, NULL when absent (owned) */
    char *tokenizer_config;                /* path of tokenizer_config.json, NULL when absent (owned) */
    char *chat_template;                   /* tokenizer_config.json chat_template or chat_template.jinja, or NULL */
    char *bos_token;                       /* tokenizer_config.json bos_token string, or NULL */
    char *eos_token;                       /* tokenizer_config.json eos_token string, or NULL */
    int n_shards;                          /* 1 for model.safetensors */
    char **shard_names;                    /* [n_shards] file names inside dir (owned) */
    cc_safetensors *shards;                /* [n_shards] open files */
} cc_hf_checkpoint;

/* Open and validate dir.  On failure everything is released. */
cc_status cc_hf_open(cc_hf_checkpoint *ck, const char *dir, cc_error *err);
void cc_hf_close(cc_hf_checkpoint *ck);

/* The tensor named `name` (and, if file is not NULL, the shard holding it); NULL if absent. */
const cc_st_tensor *cc_hf_tensor(const cc_hf_checkpoint *ck, const char *name, const cc_safetensors **file);

/* Parse a config.json text into hp (exposed for tests); name is used in messages. */
cc_status cc_hf_parse_config(const char *text, size_t len, const char *name, cc_llama_hparams *hp, cc_error *err);

/* Hugging Face name of a layer tensor: fmt is e.g. "self_attn.q_proj.weight". */
void cc_hf_layer_name(char *out, size_t cap, int layer, const char *suffix);

#endif
