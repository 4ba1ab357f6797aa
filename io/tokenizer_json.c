/* tokenizer_json.c - Hugging Face tokenizer.json (+ tokenizer_config.json)
 * -> cc_tok_spec -> cc_tokenizer.  Reads the model's vocab, merges and
 * ignore_merges, the added (special) tokens, recognises the pre-tokenizer by
 * its structure and regex, and takes token names, bos/eos and the chat
 * template from tokenizer_config.json when present. */
#include "tokenizer_json.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tokenizer.h"

/* The Llama 3 split regex exactly as Meta's tokenizer.json spells it. */
static const char LLAMA3_SPLIT[] =
    "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|"
    "\\s+(?!\\S)|\\s+";

static bool is_type(json_t *o, const char *type) {
    json_t *t = json_object_get(o, "type");
    return json_is_string(t) && strcmp(json_string_value(t), type) == 0;
}

static bool byte_level_no_regex(json_t *o) {
    return is_type(o, "ByteLevel") && json_is_false(json_object_get(o, "use_regex")) &&
           !json_is_true(json_object_get(o, "add_prefix_space"));
}

static bool byte_level_regex(json_t *o) {
    json_t *ur = json_object_get(o, "use_regex");
    return is_type(o, "ByteLevel") && (ur == NULL || json_is_true(ur)) &&
           !json_is_true(json_object_get(o, "add_prefix_space"));
}

/* Name the pre-tokenizer: "llama-bpe", "smollm" or "gpt2"; NULL if unknown. */
static const char *identify_pre(json_t *pre) {
    if (!json_is_object(pre)) return NULL;
    if (byte_level_regex(pre)) return "gpt2";
    if (!is_type(pre, "Sequence")) return NULL;
    json_t *seq = json_object_get(pre, "pretokenizers");
    if (!json_is_array(seq) || json_array_size(seq) != 2) return NULL;
    json_t *a = json_array_get(seq, 0), *b = json_array_get(seq, 1);
    if (is_type(a, "Split") && byte_level_no_regex(b)) {
        json_t *pat = json_object_get(json_object_get(a, "pattern"), "Regex");
        json_t *beh = json_object_get(a, "behavior");
        if (json_is_string(pat) && strcmp(json_string_value(pat), LLAMA3_SPLIT) == 0 && json_is_string(beh) &&
            strcmp(json_string_value(beh), "Isolated") == 0 && !json_is_true(json_object_get(a, "invert")))
            return "llama-bpe";
    }
    if (is_type(a, "Digits") && json_is_true(json_object_get(a, "individual_digits")) && byte_level_regex(b))
        return "smollm";
    return NULL;
}

static cc_status read_json(const char *path, json_t **out, cc_error *err) {
    json_error_t je;
    *out = json_load_file(path, JSON_ALLOW_NUL, &je);
    if (!*out) {
        if (je.position == 0 && je.line <= 0)
            return cc_fail(err, CC_ERR_IO, "%s: %s", path, je.text);
        return cc_fail(err, CC_ERR_FORMAT, "%s: JSON error at byte %d (line %d): %s", path, je.position, je.line,
                       je.text);
    }
    return CC_OK;
}

/* A token named in tokenizer_config.json: a plain string or {"content": ...}. */
static const char *token_text(json_t *v) {
    if (json_is_string(v)) return json_string_value(v);
    if (json_is_object(v) && json_is_string(json_object_get(v, "content")))
        return json_string_value(json_object_get(v, "content"));
    return NULL;
}

static int32_t find_text(const char **tokens, const size_t *lens, const int32_t *types, size_t n, const char *text,
                         bool special_only) {
    if (!text) return -1;
    size_t l = strlen(text);
    for (size_t i = n; i-- > 0;) { /* added tokens live at the end */
        if (special_only && types[i] == CC_TOKTYPE_NORMAL) continue;
        if (tokens[i] && lens[i] == l && memcmp(tokens[i], text, l) == 0) return (int32_t)i;
    }
    return -1;
}

cc_status cc_tokenizer_load_json(const char *path, const char *config_path, cc_tokenizer **out, cc_error *err) {
    cc_status st = CC_OK;
    json_t *root = NULL, *cfg = NULL;
    const char **tokens = NULL, **merges = NULL;
    size_t *lens = NULL;
    int32_t *types = NULL;
    char **merge_bufs = NULL;
    size_t n_merges = 0, n_vocab = 0;
    char *cfg_auto = NULL;
    *out = NULL;

    if ((st = read_json(path, &root, err)) != CC_OK) goto done;
    json_t *model = json_object_get(root, "model");
    if (!json_is_object(model) || !is_type(model, "BPE")) {
        st = cc_fail(err, CC_ERR_UNSUPPORTED, "%s: model.type is not \"BPE\"; only byte-level BPE is supported", path);
        goto done;
    }
    if (json_is_true(json_object_get(model, "byte_fallback"))) {
        st = cc_fail(err, CC_ERR_UNSUPPORTED, "%s: model.byte_fallback is set (SentencePiece-style BPE)", path);
        goto done;
    }
    json_t *cont = json_object_get(model, "continuing_subword_prefix");
    json_t *suf = json_object_get(model, "end_of_word_suffix");
    if ((cont && !json_is_null(cont) && json_string_length(cont) > 0) ||
        (suf && !json_is_null(suf) && json_string_length(suf) > 0)) {
        st = cc_fail(err, CC_ERR_UNSUPPORTED, "%s: model.continuing_subword_prefix/end_of_word_suffix are not supported",
                     path);
        goto done;
    }
    json_t *norm = json_object_get(root, "normalizer");
    if (norm && !json_is_null(norm)) {
        st = cc_fail(err, CC_ERR_UNSUPPORTED, "%s: a normalizer is set; byte-level BPE models here have none", path);
        goto done;
    }
    const char *pre = identify_pre(json_object_get(root, "pre_tokenizer"));
    if (!pre) {
        st = cc_fail(err, CC_ERR_UNSUPPORTED,
                     "%s: pre_tokenizer is not one of Llama 3 (Split+ByteLevel), SmolLM (Digits+ByteLevel) or GPT-2 "
                     "(ByteLevel)", path);
        goto done;
    }
    json_t *vocab = json_object_get(model, "vocab");
    json_t *mlist = json_object_get(model, "merges");
    json_t *added = json_object_get(root, "added_tokens");
    if (!json_is_object(vocab) || !json_is_array(mlist)) {
        st = cc_fail(err, CC_ERR_FORMAT, "%s: model.vocab must be an object and model.merges an array", path);
        goto done;
    }
    if (added && !json_is_array(added)) {
        st = cc_fail(err, CC_ERR_FORMAT, "%s: added_tokens must be an array", path);
        goto done;
    }
    /* vocabulary size: one past the largest id anywhere */
    const char *key;
    json_t *val;
    json_object_foreach(vocab, key, val) {
        if (!json_is_integer(val) || json_integer_value(val) < 0 || json_integer_value(val) >= (1 << 24)) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: model.vocab[\"%.40s\"] is not an id in 0..2^24", path, key);
            goto done;
        }
        if ((size_t)json_integer_value(val) + 1 > n_vocab) n_vocab = (size_t)json_integer_value(val) + 1;
    }
    size_t ai;
    json_array_foreach(added, ai, val) {
        json_t *id = json_object_get(val, "id"), *content = json_object_get(val, "content");
        if (!json_is_integer(id) || json_integer_value(id) < 0 || json_integer_value(id) >= (1 << 24) ||
            !json_is_string(content)) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: added_tokens[%zu] needs an integer id in 0..2^24 and a string content",
                         path, ai);
            goto done;
        }
        if ((size_t)json_integer_value(id) + 1 > n_vocab) n_vocab = (size_t)json_integer_value(id) + 1;
    }
    tokens = calloc(n_vocab ? n_vocab : 1, sizeof *tokens);
    lens = calloc(n_vocab ? n_vocab : 1, sizeof *lens);
    types = calloc(n_vocab ? n_vocab : 1, sizeof *types);
    if (!tokens || !lens || !types) {
        st = cc_fail(err, CC_ERR_NOMEM, "%s: out of memory for %zu tokens", path, n_vocab);
        goto done;
    }
    json_object_foreach(vocab, key, val) {
        size_t id = (size_t)json_integer_value(val);
        if (tokens[id]) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: model.vocab gives id %zu twice", path, id);
            goto done;
        }
        tokens[id] = key;
        lens[id] = strlen(key);
        types[id] = CC_TOKTYPE_NORMAL;
    }
    json_array_foreach(added, ai, val) {
        size_t id = (size_t)json_integer_value(json_object_get(val, "id"));
        json_t *content = json_object_get(val, "content");
        tokens[id] = json_string_value(content);
        lens[id] = json_string_length(content);
        types[id] = json_is_false(json_object_get(val, "special")) ? CC_TOKTYPE_USER_DEFINED : CC_TOKTYPE_CONTROL;
    }
    for (size_t i = 0; i < n_vocab; i++) {
        if (!tokens[i]) { /* a hole in the id space */
            tokens[i] = "";
            lens[i] = 0;
            types[i] = CC_TOKTYPE_UNUSED;
        }
    }

    /* merges: "a b" strings or ["a", "b"] pairs */
    n_merges = json_array_size(mlist);
    merges = calloc(n_merges ? n_merges : 1, sizeof *merges);
    merge_bufs = calloc(n_merges ? n_merges : 1, sizeof *merge_bufs);
    if (!merges || !merge_bufs) {
        st = cc_fail(err, CC_ERR_NOMEM, "%s: out of memory for %zu merges", path, n_merges);
        goto done;
    }
    json_array_foreach(mlist, ai, val) {
        if (json_is_string(val)) {
            merges[ai] = json_string_value(val);
        } else if (json_is_array(val) && json_array_size(val) == 2 && json_is_string(json_array_get(val, 0)) &&
                   json_is_string(json_array_get(val, 1))) {
            const char *a = json_string_value(json_array_get(val, 0)), *b = json_string_value(json_array_get(val, 1));
            size_t la = strlen(a), lb = strlen(b);
            merge_bufs[ai] = malloc(la + lb + 2);
            if (!merge_bufs[ai]) {
                st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
                goto done;
            }
            memcpy(merge_bufs[ai], a, la);
            merge_bufs[ai][la] = ' ';
            memcpy(merge_bufs[ai] + la + 1, b, lb + 1);
            merges[ai] = merge_bufs[ai];
        } else {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: model.merges[%zu] is neither \"a b\" nor [\"a\", \"b\"]", path, ai);
            goto done;
        }
    }

    /* tokenizer_config.json: names, bos/eos, chat template */
    if (!config_path) {
        const char *slash = strrchr(path, '/');
        size_t dl = slash ? (size_t)(slash - path + 1) : 0;
        cfg_auto = malloc(dl + sizeof "tokenizer_config.json");
        if (!cfg_auto) {
            st = cc_fail(err, CC_ERR_NOMEM, "out of memory");
            goto done;
        }
        memcpy(cfg_auto, path, dl);
        memcpy(cfg_auto + dl, "tokenizer_config.json", sizeof "tokenizer_config.json");
        FILE *f = fopen(cfg_auto, "rb");
        if (f) {
            fclose(f);
            config_path = cfg_auto;
        }
    }
    const char *bos_text = NULL, *eos_text = NULL, *pad_text = NULL, *tmpl = NULL;
    bool add_bos = false;
    if (config_path) {
        if ((st = read_json(config_path, &cfg, err)) != CC_OK) goto done;
        json_t *atd = json_object_get(cfg, "added_tokens_decoder");
        if (atd && !json_is_object(atd)) {
            st = cc_fail(err, CC_ERR_FORMAT, "%s: added_tokens_decoder must be an object", config_path);
            goto done;
        }
        json_object_foreach(atd, key, val) {
            char *end;
            long id = strtol(key, &end, 10);
            json_t *content = json_object_get(val, "content");
            if (*end || id < 0 || !json_is_string(content)) {
                st = cc_fail(err, CC_ERR_FORMAT, "%s: added_tokens_decoder[\"%.20s\"] needs a numeric id and content",
                             config_path, key);
                goto done;
            }
            if ((size_t)id >= n_vocab) continue; /* names a token this vocabulary lacks (e.g. <|image|>) */
            tokens[id] = json_string_value(content);
            lens[id] = json_string_length(content);
            types[id] = json_is_false(json_object_get(val, "special")) ? CC_TOKTYPE_USER_DEFINED : CC_TOKTYPE_CONTROL;
        }
        bos_text = token_text(json_object_get(cfg, "bos_token"));
        eos_text = token_text(json_object_get(cfg, "eos_token"));
        pad_text = token_text(json_object_get(cfg, "pad_token"));
        add_bos = json_is_true(json_object_get(cfg, "add_bos_token"));
        json_t *ct = json_object_get(cfg, "chat_template");
        if (json_is_string(ct)) {
            tmpl = json_string_value(ct);
        } else if (json_is_array(ct)) { /* [{"name": "default", "template": ...}, ...] */
            json_array_foreach(ct, ai, val) {
                json_t *nm = json_object_get(val, "name"), *tx = json_object_get(val, "template");
                if (json_is_string(nm) && json_is_string(tx) && strcmp(json_string_value(nm), "default") == 0)
                    tmpl = json_string_value(tx);
            }
        }
    }

    cc_tok_spec spec = cc_tok_spec_init();
    spec.source = path;
    spec.n_tokens = n_vocab;
    spec.tokens = tokens;
    spec.token_lens = lens;
    spec.token_types = types;
    spec.n_merges = n_merges;
    spec.merges = merges;
    spec.pre = pre;
    json_t *ig = json_object_get(model, "ignore_merges");
    spec.ignore_merges = json_is_true(ig) ? 1 : 0;
    spec.bos_id = find_text(tokens, lens, types, n_vocab, bos_text, true);
    spec.eos_id = find_text(tokens, lens, types, n_vocab, eos_text, true);
    spec.pad_id = find_text(tokens, lens, types, n_vocab, pad_text, true);
    if (spec.bos_id < 0) spec.bos_id = find_text(tokens, lens, types, n_vocab, "<|begin_of_text|>", true);
    if (spec.eos_id < 0) spec.eos_id = find_text(tokens, lens, types, n_vocab, "<|end_of_text|>", true);
    spec.eot_id = find_text(tokens, lens, types, n_vocab, "<|eot_id|>", true);
    if (spec.eot_id < 0) spec.eot_id = find_text(tokens, lens, types, n_vocab, "<|im_end|>", true);
    spec.eom_id = find_text(tokens, lens, types, n_vocab, "<|eom_id|>", true);
    json_t *unk = json_object_get(model, "unk_token");
    if (json_is_string(unk)) spec.unk_id = find_text(tokens, lens, types, n_vocab, json_string_value(unk), false);
    spec.add_bos = add_bos;
    spec.chat_template = tmpl;
    st = cc_tokenizer_build(&spec, out, err);
done:
    if (merge_bufs)
        for (size_t i = 0; i < n_merges; i++) free(merge_bufs[i]);
    free(merge_bufs);
    free(merges);
    free(tokens);
    free(lens);
    free(types);
    free(cfg_auto);
    json_decref(cfg);
    json_decref(root);
    return st;
}
