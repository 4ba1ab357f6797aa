/* test_hf_checkpoint.c - opening Hugging Face checkpoint directories: the
 * committed tiny checkpoints (single-file f32, sharded bf16 with llama3 RoPE,
 * f16), and broken copies of them made in a temporary directory (missing
 * shard, index naming a missing tensor, shape mismatch against the config,
 * unknown architecture or rope type, stray tensors, ...), each refused with
 * a message that names the file and the field or tensor at fault. */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hf_checkpoint.h"
#include "testutil.h"

static char *fixture(const char *variant) {
    char rel[128];
    snprintf(rel, sizeof rel, "tests/fixtures/tiny-llama/%s", variant);
    return cc_test_path(cc_test_source_dir(), rel);
}

/* ------------------------------------------------------------------ temp dirs */

static int rm_one(const char *p, const struct stat *sb, int flag, struct FTW *ftw) {
    (void)sb, (void)flag, (void)ftw;
    return remove(p);
}
static void rm_rf(const char *dir) { nftw(dir, rm_one, 16, FTW_DEPTH | FTW_PHYS); }

static void copy_file(const char *src, const char *dst) {
    FILE *in = fopen(src, "rb"), *out = fopen(dst, "wb");
    CHECKF(in && out, "copy %s -> %s", src, dst);
    if (in && out) {
        char b[65536];
        size_t n;
        while ((n = fread(b, 1, sizeof b, in)) > 0)
            fwrite(b, 1, n, out);
    }
    if (in) fclose(in);
    if (out) fclose(out);
}

/* A fresh temporary copy of a fixture variant's files (minus `skip`, may be NULL). */
static char *copy_variant(const char *variant, const char *skip) {
    static const char *const files[] = {"config.json",
                                        "generation_config.json",
                                        "tokenizer.json",
                                        "tokenizer_config.json",
                                        "model.safetensors",
                                        "model.safetensors.index.json",
                                        "model-00001-of-00002.safetensors",
                                        "model-00002-of-00002.safetensors"};
    char *tmp = strdup("/tmp/cc_test_hf_XXXXXX");
    CHECK(mkdtemp(tmp) != NULL);
    char *src = fixture(variant);
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        if (skip && strcmp(files[i], skip) == 0) continue;
        char *s = cc_test_path(src, files[i]), *d = cc_test_path(tmp, files[i]);
        if (cc_test_file_exists(s)) copy_file(s, d);
        free(s);
        free(d);
    }
    free(src);
    return tmp;
}

static void write_text(const char *dir, const char *name, const char *text) {
    char *p = cc_test_path(dir, name);
    FILE *f = fopen(p, "wb");
    CHECK(f != NULL);
    if (f) {
        fputs(text, f);
        fclose(f);
    }
    free(p);
}

/* Load dir/name as JSON, let edit() change it, write it back. */
static void edit_json(const char *dir, const char *name, void (*edit)(json_t *)) {
    char *p = cc_test_path(dir, name);
    json_error_t je;
    json_t *j = json_load_file(p, 0, &je);
    CHECKF(j != NULL, "%s: %s", p, je.text);
    if (j) {
        edit(j);
        CHECK(json_dump_file(j, p, JSON_INDENT(1)) == 0);
        json_decref(j);
    }
    free(p);
}

/* A safetensors file with F32 tensors of the given names and 1-D lengths (zeros). */
static void write_st(const char *dir, const char *name, const char *const *tensors, const int *lens, int n) {
    char header[2048] = "{";
    size_t off = 0;
    for (int i = 0; i < n; i++) {
        snprintf(header + strlen(header), sizeof header - strlen(header),
                 "%s\"%s\":{\"dtype\":\"F32\",\"shape\":[%d],\"data_offsets\":[%zu,%zu]}", i ? "," : "", tensors[i],
                 lens[i], off, off + 4 * (size_t)lens[i]);
        off += 4 * (size_t)lens[i];
    }
    strcat(header, "}");
    char *p = cc_test_path(dir, name);
    FILE *f = fopen(p, "wb");
    uint64_t hl = strlen(header);
    fwrite(&hl, 8, 1, f);
    fwrite(header, 1, hl, f);
    for (size_t i = 0; i < off; i++)
        fputc(0, f);
    fclose(f);
    free(p);
}

static void expect_open_fail(const char *label, const char *dir, cc_status code, const char *want1, const char *want2) {
    cc_hf_checkpoint ck;
    cc_error e = {0};
    cc_status rc = cc_hf_open(&ck, dir, &e);
    CHECKF(rc == code, "%s: got %s (%s), want %s", label, cc_status_name(rc), e.msg, cc_status_name(code));
    CHECKF(want1 == NULL || strstr(e.msg, want1), "%s: message lacks '%s': %s", label, want1, e.msg);
    CHECKF(want2 == NULL || strstr(e.msg, want2), "%s: message lacks '%s': %s", label, want2, e.msg);
    CHECK(ck.shards == NULL && ck.dir == NULL); /* released on failure */
}

/* ------------------------------------------------------------------ good checkpoints */

static void test_plain(void) {
    char *dir = fixture("plain");
    cc_hf_checkpoint ck;
    cc_error e = {0};
    CHECKF(cc_hf_open(&ck, dir, &e) == CC_OK, "%s", e.msg);
    if (e.code != CC_OK) goto out;
    const cc_llama_hparams *hp = &ck.hp;
    CHECK(hp->n_embd == 64 && hp->n_ff == 160 && hp->n_layer == 2 && hp->n_head == 4 && hp->n_head_kv == 2);
    CHECK(hp->head_dim == 16 && hp->n_vocab == 384 && hp->n_ctx_train == 2048);
    CHECK(hp->rms_eps == 1e-5f && hp->rope_theta == 10000.0f && hp->rope_scaling == CC_ROPE_SCALING_NONE);
    CHECK(!hp->tied_embeddings);
    CHECK(ck.torch_dtype && strcmp(ck.torch_dtype, "float32") == 0);
    CHECK(ck.config_bos_id == 379 && ck.config_n_eos == 1 && ck.config_eos_ids[0] == 380);
    CHECK(ck.gen.present && ck.gen.has_temperature && ck.gen.temperature == 0.6f);
    CHECK(ck.gen.has_top_p && ck.gen.top_p == 0.9f && ck.gen.has_top_k && ck.gen.top_k == 40);
    CHECK(ck.gen.has_repetition_penalty && ck.gen.repetition_penalty == 1.1f);
    CHECK(ck.gen.has_max_new_tokens && ck.gen.max_new_tokens == 256 && ck.gen.has_do_sample && ck.gen.do_sample);
    CHECK(ck.gen.bos_id == 379 && ck.gen.n_eos == 1 && ck.gen.eos_ids[0] == 380);
    CHECK(ck.tokenizer_json && strstr(ck.tokenizer_json, "plain/tokenizer.json"));
    CHECK(ck.tokenizer_config && strstr(ck.tokenizer_config, "tokenizer_config.json"));
    CHECK(ck.chat_template == NULL);
    CHECK(ck.bos_token && strcmp(ck.bos_token, "<|begin_of_text|>") == 0);
    CHECK(ck.eos_token && strcmp(ck.eos_token, "<|end_of_text|>") == 0);
    CHECK(ck.n_shards == 1 && strcmp(ck.shard_names[0], "model.safetensors") == 0);
    const cc_safetensors *f = NULL;
    char name[128];
    cc_hf_layer_name(name, sizeof name, 1, "self_attn.q_proj.weight");
    CHECK(strcmp(name, "model.layers.1.self_attn.q_proj.weight") == 0);
    const cc_st_tensor *q = cc_hf_tensor(&ck, name, &f);
    CHECK(q && f == &ck.shards[0] && q->shape[0] == 64 && q->shape[1] == 64 && q->dtype == CC_T_F32);
    CHECK(cc_hf_tensor(&ck, "lm_head.weight", NULL) != NULL);
    CHECK(cc_hf_tensor(&ck, "model.layers.2.self_attn.q_proj.weight", NULL) == NULL);
out:
    cc_hf_close(&ck);
    free(dir);
}

static void test_llama3(void) {
    char *dir = fixture("llama3");
    cc_hf_checkpoint ck;
    cc_error e = {0};
    CHECKF(cc_hf_open(&ck, dir, &e) == CC_OK, "%s", e.msg);
    if (e.code != CC_OK) goto out;
    const cc_llama_hparams *hp = &ck.hp;
    CHECK(hp->rope_theta == 500000.0f && hp->rope_scaling == CC_ROPE_SCALING_LLAMA3);
    CHECK(hp->rope_factor == 32 && hp->rope_low_freq_factor == 1 && hp->rope_high_freq_factor == 4);
    CHECK(hp->rope_orig_ctx == 8192 && hp->n_ctx_train == 131072 && hp->tied_embeddings);
    CHECK(ck.n_shards == 2);
    CHECK(ck.gen.n_eos == 2 && ck.gen.eos_ids[0] == 380 && ck.gen.eos_ids[1] == 383 && !ck.gen.has_top_k);
    CHECK(ck.config_n_eos == 2 && ck.config_eos_ids[1] == 383);
    CHECK(ck.chat_template && strstr(ck.chat_template, "<|start_header_id|>"));
    CHECK(ck.eos_token && strcmp(ck.eos_token, "<|eot_id|>") == 0);
    CHECK(cc_hf_tensor(&ck, "lm_head.weight", NULL) == NULL);
    const cc_safetensors *f0 = NULL, *f1 = NULL;
    const cc_st_tensor *emb = cc_hf_tensor(&ck, "model.embed_tokens.weight", &f0);
    const cc_st_tensor *down = cc_hf_tensor(&ck, "model.layers.1.mlp.down_proj.weight", &f1);
    CHECK(emb && down && f0 != f1 && emb->dtype == CC_T_BF16);
    if (emb && down) {
        float row[160];
        CHECK(cc_st_rows_f32(f1, down, 63, 1, row, &e) == CC_OK && isfinite(row[159]) && row[0] != 0);
    }
out:
    cc_hf_close(&ck);
    free(dir);
    dir = fixture("f16");
    CHECKF(cc_hf_open(&ck, dir, &e) == CC_OK, "%s", e.msg);
    const cc_st_tensor *t = cc_hf_tensor(&ck, "model.layers.0.mlp.up_proj.weight", NULL);
    CHECK(t && t->dtype == CC_T_F16);
    cc_hf_close(&ck);
    free(dir);
}

/* ------------------------------------------------------------------ broken directories */

static void ed_ffn(json_t *j) { json_object_set_new(j, "intermediate_size", json_integer(128)); }
static void ed_layers(json_t *j) { json_object_set_new(j, "num_hidden_layers", json_integer(3)); }
static void ed_untie(json_t *j) { json_object_set_new(j, "tie_word_embeddings", json_false()); }
static void ed_arch(json_t *j) { json_object_set_new(j, "architectures", json_pack("[s]", "MistralForCausalLM")); }
static void ed_yarn(json_t *j) {
    json_object_set_new(json_object_get(j, "rope_scaling"), "rope_type", json_string("yarn"));
}
static void ed_legacy_type(json_t *j) {
    json_t *rs = json_object_get(j, "rope_scaling");
    json_object_del(rs, "rope_type");
    json_object_set_new(rs, "type", json_string("llama3"));
}
static void ed_rope_parameters(json_t *j) { /* transformers 5 spelling */
    json_t *rs = json_deep_copy(json_object_get(j, "rope_scaling"));
    json_object_set_new(rs, "rope_theta", json_real(500000.0));
    json_object_set_new(j, "rope_parameters", rs);
    json_object_del(j, "rope_scaling");
    json_object_del(j, "rope_theta");
}
static void ed_no_factor(json_t *j) { json_object_del(json_object_get(j, "rope_scaling"), "factor"); }
static void ed_bias(json_t *j) { json_object_set_new(j, "attention_bias", json_true()); }
static void ed_missing_tensor(json_t *j) {
    json_object_set_new(json_object_get(j, "weight_map"), "model.layers.1.mlp.extra.weight",
                        json_string("model-00001-of-00002.safetensors"));
}
static void ed_wrong_shard(json_t *j) {
    json_object_set_new(json_object_get(j, "weight_map"), "model.embed_tokens.weight",
                        json_string("model-00002-of-00002.safetensors"));
}
static void ed_traversal(json_t *j) {
    json_object_set_new(json_object_get(j, "weight_map"), "model.norm.weight", json_string("../model.safetensors"));
}
static void ed_extra_shard(json_t *j) {
    json_object_set_new(json_object_get(j, "weight_map"), "model.layers.0.self_attn.q_proj.bias",
                        json_string("model-extra.safetensors"));
}
static void ed_gen_eos(json_t *j) { json_object_set_new(j, "eos_token_id", json_string("2")); }
static void ed_gen_top_p(json_t *j) { json_object_set_new(j, "top_p", json_real(1.5)); }

static void test_broken(void) {
    char *d;
    cc_hf_checkpoint ck;
    cc_error e = {0};

    d = copy_variant("llama3", "model-00002-of-00002.safetensors");
    expect_open_fail("missing shard", d, CC_ERR_IO, "model-00002-of-00002.safetensors", "cannot open");
    rm_rf(d), free(d);

    d = copy_variant("llama3", NULL);
    edit_json(d, "model.safetensors.index.json", ed_missing_tensor);
    expect_open_fail("index names a missing tensor", d, CC_ERR_FORMAT, "model.safetensors.index.json: weight_map",
                     "tensor 'model.layers.1.mlp.extra.weight' is not in model-00001-of-00002.safetensors");
    rm_rf(d), free(d);

    d = copy_variant("llama3", NULL);
    edit_json(d, "model.safetensors.index.json", ed_wrong_shard);
    expect_open_fail("index names the wrong shard", d, CC_ERR_FORMAT, "tensor 'model.embed_tokens.weight'",
                     "is not in model-00002-of-00002.safetensors");
    rm_rf(d), free(d);

    d = copy_variant("llama3", NULL);
    edit_json(d, "model.safetensors.index.json", ed_traversal);
    expect_open_fail("path in index", d, CC_ERR_FORMAT, "weight_map", "does not name a .safetensors file");
    rm_rf(d), free(d);

    d = copy_variant("llama3", NULL);
    write_text(d, "model.safetensors.index.json",
               "{\"weight_map\":{\"model.norm.weight\":\"model-00002-of-00002.safetensors\","
               "\"model.norm.weight\":\"model-00001-of-00002.safetensors\"}}");
    expect_open_fail("duplicate index entry", d, CC_ERR_FORMAT, "model.safetensors.index.json: JSON error",
                     "duplicate");
    rm_rf(d), free(d);

    /* a third shard holding a tensor that is also in shard 2 */
    d = copy_variant("llama3", NULL);
    {
        const char *names[] = {"model.layers.0.self_attn.q_proj.bias", "model.norm.weight"};
        int lens[] = {64, 64};
        write_st(d, "model-extra.safetensors", names, lens, 2);
        edit_json(d, "model.safetensors.index.json", ed_extra_shard); /* makes model-extra a shard */
    }
    expect_open_fail("tensor in two shards", d, CC_ERR_FORMAT, "model-extra.safetensors: tensor 'model.norm.weight'",
                     "is also in");
    rm_rf(d), free(d);

    /* a shard tensor that the index does not list */
    d = copy_variant("llama3", NULL);
    {
        const char *names[] = {"model.layers.0.self_attn.q_proj.bias", "model.unlisted"};
        int lens[] = {64, 4};
        write_st(d, "model-extra.safetensors", names, lens, 2);
        edit_json(d, "model.safetensors.index.json", ed_extra_shard);
    }
    expect_open_fail("unlisted tensor", d, CC_ERR_FORMAT, "model-extra.safetensors: tensor 'model.unlisted'",
                     "is not listed for this file in");
    rm_rf(d), free(d);

    /* a bias the engine would ignore */
    d = copy_variant("llama3", NULL);
    {
        const char *names[] = {"model.layers.0.self_attn.q_proj.bias"};
        int lens[] = {64};
        write_st(d, "model-extra.safetensors", names, lens, 1);
        edit_json(d, "model.safetensors.index.json", ed_extra_shard);
    }
    expect_open_fail("stray bias", d, CC_ERR_UNSUPPORTED, "tensor 'model.layers.0.self_attn.q_proj.bias'",
                     "would be ignored");
    rm_rf(d), free(d);

    d = copy_variant("plain", NULL);
    edit_json(d, "config.json", ed_ffn);
    expect_open_fail("shape mismatch", d, CC_ERR_FORMAT, "tensor 'model.layers.0.mlp.gate_proj.weight'",
                     "has shape [160, 64] but config.json implies [128, 64]");
    rm_rf(d), free(d);

    d = copy_variant("plain", NULL);
    edit_json(d, "config.json", ed_layers);
    expect_open_fail("missing layer", d, CC_ERR_FORMAT, "tensor 'model.layers.2.input_layernorm.weight' is missing",
                     NULL);
    rm_rf(d), free(d);

    d = copy_variant("llama3", NULL);
    edit_json(d, "config.json", ed_untie);
    expect_open_fail("untied without lm_head", d, CC_ERR_FORMAT, "tensor 'lm_head.weight' is missing", NULL);
    rm_rf(d), free(d);

    d = copy_variant("plain", NULL);
    edit_json(d, "config.json", ed_arch);
    expect_open_fail("architecture", d, CC_ERR_UNSUPPORTED, "config.json: field 'architectures' (byte",
                     "architecture 'MistralForCausalLM' is not supported");
    rm_rf(d), free(d);

    d = copy_variant("llama3", NULL);
    edit_json(d, "config.json", ed_yarn);
    expect_open_fail("rope type", d, CC_ERR_UNSUPPORTED, "field 'rope_scaling'", "rope type 'yarn' is not supported");
    rm_rf(d), free(d);

    d = copy_variant("llama3", NULL);
    edit_json(d, "config.json", ed_no_factor);
    expect_open_fail("rope factor", d, CC_ERR_FORMAT, "field 'rope_scaling.factor'", "is missing");
    rm_rf(d), free(d);

    d = copy_variant("plain", NULL);
    edit_json(d, "config.json", ed_bias);
    expect_open_fail("attention bias", d, CC_ERR_UNSUPPORTED, "field 'attention_bias'", "not supported");
    rm_rf(d), free(d);

    d = copy_variant("plain", NULL);
    edit_json(d, "generation_config.json", ed_gen_eos);
    expect_open_fail("generation eos", d, CC_ERR_FORMAT, "generation_config.json: field 'eos_token_id'",
                     "neither an integer nor a list");
    rm_rf(d), free(d);

    d = copy_variant("plain", NULL);
    edit_json(d, "generation_config.json", ed_gen_top_p);
    expect_open_fail("generation top_p", d, CC_ERR_FORMAT, "field 'top_p'", "1.5 is outside");
    rm_rf(d), free(d);

    d = copy_variant("plain", "config.json");
    expect_open_fail("no config", d, CC_ERR_IO, "config.json is missing", NULL);
    rm_rf(d), free(d);

    d = copy_variant("plain", "model.safetensors");
    expect_open_fail("no weights", d, CC_ERR_IO, "neither model.safetensors nor model.safetensors.index.json", NULL);
    rm_rf(d), free(d);

    d = copy_variant("plain", NULL);
    write_text(d, "config.json", "{\"architectures\": [\"LlamaForCausalLM\"], \"hidden_size\": 64,,}");
    expect_open_fail("bad json", d, CC_ERR_FORMAT, "config.json: JSON error at byte", NULL);
    rm_rf(d), free(d);

    /* accepted variants: legacy "type" key, transformers 5 rope_parameters, optional files absent */
    d = copy_variant("llama3", "generation_config.json");
    edit_json(d, "config.json", ed_legacy_type);
    CHECKF(cc_hf_open(&ck, d, &e) == CC_OK, "legacy type: %s", e.msg);
    CHECK(ck.hp.rope_scaling == CC_ROPE_SCALING_LLAMA3 && ck.hp.rope_factor == 32 && !ck.gen.present);
    CHECK(ck.gen.n_eos == 0 && ck.gen.bos_id == -1);
    cc_hf_close(&ck);
    rm_rf(d), free(d);

    d = copy_variant("llama3", "tokenizer_config.json");
    edit_json(d, "config.json", ed_rope_parameters);
    write_text(d, "chat_template.jinja", "{{ bos_token }}");
    CHECKF(cc_hf_open(&ck, d, &e) == CC_OK, "rope_parameters: %s", e.msg);
    CHECK(ck.hp.rope_scaling == CC_ROPE_SCALING_LLAMA3 && ck.hp.rope_theta == 500000.0f && ck.hp.rope_orig_ctx == 8192);
    CHECK(ck.tokenizer_config == NULL && ck.chat_template && strcmp(ck.chat_template, "{{ bos_token }}") == 0);
    cc_hf_close(&ck);
    rm_rf(d), free(d);
}

/* ------------------------------------------------------------------ config.json alone */

static void cfg_fail(const char *json, cc_status code, const char *want) {
    cc_llama_hparams hp;
    cc_error e = {0};
    cc_status rc = cc_hf_parse_config(json, strlen(json), "c.json", &hp, &e);
    CHECKF(rc == code && strstr(e.msg, want), "%s -> %s (%s), want '%s'", json, cc_status_name(rc), e.msg, want);
}

static void test_config(void) {
    const char *ok = "{\"architectures\":[\"LlamaForCausalLM\"],\"hidden_size\":576,\"intermediate_size\":1536,"
                     "\"num_hidden_layers\":30,\"num_attention_heads\":9,\"num_key_value_heads\":3,"
                     "\"vocab_size\":49152,\"rope_theta\":100000,\"rope_scaling\":null,\"tie_word_embeddings\":true}";
    cc_llama_hparams hp;
    cc_error e = {0};
    CHECKF(cc_hf_parse_config(ok, strlen(ok), "c.json", &hp, &e) == CC_OK, "%s", e.msg);
    CHECK(hp.head_dim == 64 && hp.n_head_kv == 3 && hp.rope_theta == 100000.0f && hp.tied_embeddings);
    CHECK(hp.rms_eps == 1e-6f && hp.n_ctx_train == 2048 && hp.rope_scaling == CC_ROPE_SCALING_NONE);
    cfg_fail("{\"architectures\":[\"LlamaForCausalLM\"],\"intermediate_size\":1}", CC_ERR_FORMAT,
             "c.json: field 'hidden_size' (byte 0): is missing");
    cfg_fail("{\"model_type\":\"llama\",\"hidden_size\":\"64\"}", CC_ERR_FORMAT,
             "field 'hidden_size' (byte 22): is not an integer");
    cfg_fail("{\"model_type\":\"llama\",\"hidden_size\":-64}", CC_ERR_FORMAT, "-64 is outside");
    cfg_fail("{\"model_type\":\"gpt2\"}", CC_ERR_UNSUPPORTED, "model_type is not \"llama\"");
    cfg_fail("{\"model_type\":\"llama\",\"hidden_act\":\"gelu\"}", CC_ERR_UNSUPPORTED, "only \"silu\"");
    cfg_fail("{\"model_type\":\"llama\",\"hidden_size\":64,\"intermediate_size\":8,\"num_hidden_layers\":1,"
             "\"num_attention_heads\":4,\"num_key_value_heads\":3,\"vocab_size\":10}",
             CC_ERR_FORMAT, "'num_key_value_heads'");
    cfg_fail("{\"model_type\":\"llama\",\"hidden_size\":64,\"intermediate_size\":8,\"num_hidden_layers\":1,"
             "\"num_attention_heads\":5,\"vocab_size\":10}",
             CC_ERR_FORMAT, "does not divide hidden_size");
    cfg_fail("[1]", CC_ERR_FORMAT, "not a JSON object");
    cfg_fail("{\"model_type\":\"llama\",\"hidden_size\":64,\"intermediate_size\":8,\"num_hidden_layers\":1,"
             "\"num_attention_heads\":4,\"vocab_size\":10,\"rope_scaling\":{\"factor\":8}}",
             CC_ERR_FORMAT, "has no string 'rope_type'");
}

int main(void) {
    test_plain();
    test_llama3();
    test_broken();
    test_config();
    return cc_test_finish("test_hf_checkpoint");
}
