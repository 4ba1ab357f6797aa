/* cmd_run.c - `clinclean run`: clean a SQLite table of notes, resumably.
 *
 * Parses the command line, opens the database and the engine (through the
 * cc_rewriter_open seam, engine.h), computes the model and configuration
 * hashes that drive the incremental rule, and hands over to the job loop. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "engine.h"
#include "guard.h"
#include "job.h"
#include "sha256.h"

static void usage(FILE *f) {
    fprintf(f,
            "usage: clinclean run --db FILE --table T --id-col ID --text-col SRC --out-col DST -m MODEL\n"
            "                     [--config FILE] [--where EXPR] [--limit N] [--shard K/N] [--full]\n"
            "                     [--dry-run] [--json] [options]\n"
            "\n"
            "Clean every note of table T: the cleaned text goes into column DST (added when missing),\n"
            "and clinclean_results / clinclean_runs record how each row was made.  The source column\n"
            "is never written.  Incremental: a row whose source, model and configuration are unchanged\n"
            "since its last result is passed over; a changed note is redone.  Safe to kill at any\n"
            "moment: rerun the same command to finish.\n"
            "\n"
            "  --db FILE          SQLite database holding the notes (must exist)\n"
            "  --table T          table of notes; --id-col ID: its unique key; --text-col SRC: the notes\n"
            "  --out-col DST      column for the cleaned text\n"
            "  -m, --model FILE   GGUF model\n"
            "  --config FILE      model configuration (docs/CONFIG.md; default: the built-in one: the\n"
            "                     project's system prompt, the model's template family, greedy, 512 tokens)\n"
            "  -n, --n-predict N  max_new_tokens; --temp T, --top-p P, --seed S: override the config\n"
            "  --on-flag P        keep (default) | null: what a rewrite the faithfulness guard flags\n"
            "                     does to DST (kept, or left NULL); the row is needs_review either way\n"
            "  --where EXPR       only rows where this SQL expression over T's columns is true,\n"
            "                     e.g. \"department = 'CARDIOLOGY' AND discharge_date >= '2026-01-01'\"\n"
            "                     (one read-only expression: no ';', comments or unbalanced parentheses)\n"
            "  --limit N          clean at most N rows this time (unchanged rows do not count)\n"
            "  --shard K/N        only rows whose key hashes (FNV-1a 64 of the key text) to K mod N;\n"
            "                     N processes with K = 0..N-1 share a table without overlap\n"
            "  --full             redo every row, ignoring earlier results\n"
            "  --dry-run          count rows, chunks and tokens a run would process and estimate its\n"
            "                     time; writes nothing to T (creates clinclean's own tables if missing)\n"
            "  --json             print the final summary as JSON on stdout\n"
            "  --text-codec C     none (default): a BLOB is an error row; zlib|gzip: BLOBs hold\n"
            "                     compressed text (decoded, at most 64 MiB each)\n"
            "  --invalid-utf8 M   repair (default: invalid bytes become U+FFFD, with a reason) | reject\n"
            "  --no-keep-source   do not copy the source into clinclean_results.source_text\n"
            "  --device D         auto|cpu|cuda (default auto); --threads N for the CPU\n"
            "  --gpu-gemm G       on a GPU, the batch-invariant projections: ltpin (default: one cuBLASLt\n"
            "                     algorithm per shape, kept only where its start-up self-test proves it\n"
            "                     batch-invariant; our GEMM elsewhere) or bi (our GEMM everywhere);\n"
            "                     --gpu-kv f16|fp8 the device K/V cache (default f16); --cuda-graphs replays\n"
            "                     decode steps as CUDA graphs.  The GEMM and fp8 change the outputs' bits,\n"
            "                     so they are part of the configuration hash\n"
            "  --max-inflight N   rows in flight in the engine (default: twice the rows it decodes per step,\n"
            "                     64 on the CPU, 512 on a GPU)\n"
            "  --batch-rows N     commit every N results (default 64) ... --batch-ms T or every T ms (2000)\n"
            "  --busy-timeout MS  wait this long for other writers of the database (default 30000)\n"
            "  --progress P       auto|bar|plain|none (default auto: a bar on a terminal)\n"
            "  --rehash-model     recompute the model's sha256 even if cached for its path/size/mtime\n"
            "\n"
            "exit status: 0 done, every row ok or skipped; 3 done, some rows need review or are in\n"
            "error (see clinclean_results); 4 interrupted by SIGINT/SIGTERM (finished rows are\n"
            "committed; rerun to finish); 1 failure; 2 bad usage.\n");
}

enum {
    OPT_DB = 256, OPT_TABLE, OPT_ID, OPT_TEXT, OPT_OUT, OPT_CONFIG, OPT_WHERE, OPT_LIMIT, OPT_SHARD, OPT_FULL,
    OPT_DRY, OPT_JSON, OPT_CODEC, OPT_UTF8, OPT_NOKEEP, OPT_DEVICE, OPT_THREADS, OPT_INFLIGHT, OPT_BROWS, OPT_BMS,
    OPT_BUSY, OPT_PROGRESS, OPT_REHASH, OPT_ONFLAG, OPT_TEMP, OPT_TOPP, OPT_SEED, OPT_GPUGEMM, OPT_GPUKV, OPT_GRAPHS
};

/* The faithfulness guard (guard.h) as the job's cc_guard_fn; ctx points at the --on-flag policy. */
static cc_status guard_adapter(void *ctx, const char *src, size_t src_len, const char *out, size_t out_len,
                               const char *finish, cc_guard_outcome *outcome, cc_error *err) {
    const cc_on_flag *policy = ctx;
    cc_guard_result res = {0};
    cc_status st = cc_guard_check(src, src_len, out, out_len, finish, &res, err);
    if (st != CC_OK) goto done;
    outcome->needs_review = res.verdict == CC_GUARD_REVIEW;
    outcome->drop_output = !cc_guard_write_output(&res, *policy);
    if (res.n_reasons > 0 && !(outcome->reasons = cc_guard_reasons_json(&res)))
        st = cc_fail(err, CC_ERR_NOMEM, "out of memory for the guard's reasons");
done:
    cc_guard_result_free(&res);
    return st;
}

static bool parse_int(const char *s, long long lo, long long hi, long long *out) {
    char *end;
    long long v = strtoll(s, &end, 10);
    if (end == s || *end || v < lo || v > hi) return false;
    *out = v;
    return true;
}

/* Hash of everything that changes what a row's output would be besides the
 * source and the model file: the engine's configuration and prompt, and how
 * this job prepares text. */
static void effective_config_hash(const cc_engine_info *info, cc_text_codec codec, bool utf8_reject,
                                  const char *guard_version, char out[65]) {
    char buf[512];
    int n = snprintf(buf, sizeof buf, "engine-config:%s\nprompt:%s\ntext-codec:%s\ninvalid-utf8:%s\nprep:1\nguard:%s\n",
                     info->config_sha256, info->prompt_sha256, cc_text_codec_name(codec),
                     utf8_reject ? "reject" : "repair", guard_version);
    cc_sha256_hex(buf, (size_t)n, out);
}

int cc_run_command(int argc, char **argv, cc_rewriter_open_fn open_engine, bool with_guard) {
    static const struct option opts[] = {
        {"db", required_argument, 0, OPT_DB}, {"table", required_argument, 0, OPT_TABLE},
        {"id-col", required_argument, 0, OPT_ID}, {"text-col", required_argument, 0, OPT_TEXT},
        {"out-col", required_argument, 0, OPT_OUT}, {"model", required_argument, 0, 'm'},
        {"config", required_argument, 0, OPT_CONFIG}, {"where", required_argument, 0, OPT_WHERE},
        {"limit", required_argument, 0, OPT_LIMIT}, {"shard", required_argument, 0, OPT_SHARD},
        {"full", no_argument, 0, OPT_FULL}, {"dry-run", no_argument, 0, OPT_DRY}, {"json", no_argument, 0, OPT_JSON},
        {"text-codec", required_argument, 0, OPT_CODEC}, {"invalid-utf8", required_argument, 0, OPT_UTF8},
        {"no-keep-source", no_argument, 0, OPT_NOKEEP}, {"device", required_argument, 0, OPT_DEVICE},
        {"threads", required_argument, 0, OPT_THREADS}, {"max-inflight", required_argument, 0, OPT_INFLIGHT},
        {"batch-rows", required_argument, 0, OPT_BROWS}, {"batch-ms", required_argument, 0, OPT_BMS},
        {"busy-timeout", required_argument, 0, OPT_BUSY}, {"progress", required_argument, 0, OPT_PROGRESS},
        {"rehash-model", no_argument, 0, OPT_REHASH}, {"on-flag", required_argument, 0, OPT_ONFLAG},
        {"n-predict", required_argument, 0, 'n'}, {"temp", required_argument, 0, OPT_TEMP},
        {"top-p", required_argument, 0, OPT_TOPP}, {"seed", required_argument, 0, OPT_SEED},
        {"gpu-gemm", required_argument, 0, OPT_GPUGEMM}, {"gpu-kv", required_argument, 0, OPT_GPUKV},
        {"cuda-graphs", no_argument, 0, OPT_GRAPHS},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *db_path = NULL, *table = NULL, *id_col = NULL, *text_col = NULL, *out_col = NULL, *model = NULL,
               *config = NULL, *where = NULL, *shard = NULL;
    long long limit = -1, threads = 0, inflight = 0, brows = 64, bms = 2000, busy = CC_DB_BUSY_MS_DEFAULT;
    bool full = false, dry = false, json = false, utf8_reject = false, keep = true, rehash = false;
    uint32_t shard_k = 0, shard_n = 0;
    cc_text_codec codec = CC_CODEC_NONE;
    cc_device_kind device = CC_DEVICE_AUTO;
    cc_gpu_opts gpu = {0};
    cc_progress_mode progress = CC_PROGRESS_AUTO;
    cc_error err = {0};
    int rc = CC_EXIT_FAILURE;
    cc_db *db = NULL;
    cc_rewriter rw = {0};
    bool have_rw = false;
    char *js = NULL;
    cc_on_flag on_flag = CC_ON_FLAG_KEEP;
    cc_config_override ovr[4];
    size_t n_ovr = 0;

    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "m:n:h", opts, NULL)) != -1) {
        long long v;
        switch (c) {
        case 'n':
        case OPT_TEMP:
        case OPT_TOPP:
        case OPT_SEED: {
            /* checked by cc_config_set when the engine opens; a later repeat replaces an earlier one */
            const char *key = c == 'n' ? "max_new_tokens" : c == OPT_TEMP ? "temperature" : c == OPT_TOPP ? "top_p" : "seed";
            const char *flag = c == 'n' ? "-n" : c == OPT_TEMP ? "--temp" : c == OPT_TOPP ? "--top-p" : "--seed";
            size_t i = 0;
            while (i < n_ovr && strcmp(ovr[i].key, key) != 0) i++;
            ovr[i] = (cc_config_override){key, optarg, flag};
            if (i == n_ovr) n_ovr++;
            break;
        }
        case OPT_ONFLAG:
            if (cc_on_flag_parse(optarg, &on_flag, &err) != CC_OK) goto usage_err;
            break;
        case OPT_DB: db_path = optarg; break;
        case OPT_TABLE: table = optarg; break;
        case OPT_ID: id_col = optarg; break;
        case OPT_TEXT: text_col = optarg; break;
        case OPT_OUT: out_col = optarg; break;
        case 'm': model = optarg; break;
        case OPT_CONFIG: config = optarg; break;
        case OPT_WHERE: where = optarg; break;
        case OPT_SHARD:
            shard = optarg;
            if (cc_shard_parse(optarg, &shard_k, &shard_n, &err) != CC_OK) goto usage_err;
            break;
        case OPT_FULL: full = true; break;
        case OPT_DRY: dry = true; break;
        case OPT_JSON: json = true; break;
        case OPT_NOKEEP: keep = false; break;
        case OPT_REHASH: rehash = true; break;
        case OPT_CODEC:
            if (cc_text_codec_parse(optarg, &codec, &err) != CC_OK) goto usage_err;
            break;
        case OPT_UTF8:
            if (strcmp(optarg, "repair") == 0) utf8_reject = false;
            else if (strcmp(optarg, "reject") == 0) utf8_reject = true;
            else {
                cc_fail(&err, CC_ERR_INVALID, "--invalid-utf8 '%s': expected repair or reject", optarg);
                goto usage_err;
            }
            break;
        case OPT_DEVICE:
            if (cc_device_parse(optarg, &device, &err) != CC_OK) goto usage_err;
            break;
        case OPT_GPUGEMM:
            if (cc_gpu_gemm_parse(optarg, &gpu, &err) != CC_OK) goto usage_err;
            break;
        case OPT_GPUKV:
            if (cc_gpu_kv_parse(optarg, &gpu, &err) != CC_OK) goto usage_err;
            break;
        case OPT_GRAPHS: gpu.graphs = true; break;
        case OPT_PROGRESS:
            if (strcmp(optarg, "auto") == 0) progress = CC_PROGRESS_AUTO;
            else if (strcmp(optarg, "bar") == 0) progress = CC_PROGRESS_BAR;
            else if (strcmp(optarg, "plain") == 0) progress = CC_PROGRESS_PLAIN;
            else if (strcmp(optarg, "none") == 0) progress = CC_PROGRESS_NONE;
            else {
                cc_fail(&err, CC_ERR_INVALID, "--progress '%s': expected auto, bar, plain or none", optarg);
                goto usage_err;
            }
            break;
        case OPT_LIMIT:
        case OPT_THREADS:
        case OPT_INFLIGHT:
        case OPT_BROWS:
        case OPT_BMS:
        case OPT_BUSY: {
            long long lo = c == OPT_LIMIT || c == OPT_THREADS ? 0 : 1;
            long long hi = c == OPT_LIMIT ? INT64_MAX : c == OPT_INFLIGHT ? 65536 : c == OPT_THREADS ? 1024 : 3600000;
            if (!parse_int(optarg, lo, hi, &v)) {
                const char *name = "?";
                for (const struct option *o = opts; o->name; o++)
                    if (o->val == c) name = o->name;
                cc_fail(&err, CC_ERR_INVALID, "--%s '%s': expected an integer in %lld..%lld", name, optarg, lo, hi);
                goto usage_err;
            }
            if (c == OPT_LIMIT) limit = v;
            else if (c == OPT_THREADS) threads = v;
            else if (c == OPT_INFLIGHT) inflight = v;
            else if (c == OPT_BROWS) brows = v;
            else if (c == OPT_BMS) bms = v;
            else busy = v;
            break;
        }
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return CC_EXIT_USAGE;
        }
    }
    if (optind != argc) {
        cc_fail(&err, CC_ERR_INVALID, "unexpected argument '%s'", argv[optind]);
        goto usage_err;
    }
    {
        const char *missing = !db_path ? "--db" : !table ? "--table" : !id_col ? "--id-col" : !text_col ? "--text-col"
                            : !out_col ? "--out-col" : !model ? "-m MODEL" : NULL;
        if (missing) {
            cc_fail(&err, CC_ERR_INVALID, "%s is required", missing);
            goto usage_err;
        }
    }

    if (cc_db_open(db_path, false, (int)busy, &db, &err) != CC_OK) goto fail;
    char model_hash[65];
    bool cached;
    if (cc_db_model_sha256(db, model, rehash, model_hash, &cached, &err) != CC_OK) goto fail;

    cc_engine_options eo = {.model_path = model, .config_path = config, .device = device, .threads = (int)threads,
                            .max_inflight = (int)inflight, .gpu = gpu, .overrides = ovr, .n_overrides = n_ovr};
    cc_engine_info info = {0};
    cc_status os = open_engine(&eo, &rw, &info, &err);
    if (os == CC_OK) {
        have_rw = true;
        if (info.note[0]) fprintf(stderr, "clinclean: %s\n", info.note);
        if (inflight == 0) inflight = info.max_inflight > 0 ? info.max_inflight : 64;
    } else if (dry && os == CC_ERR_UNSUPPORTED) {
        fprintf(stderr, "clinclean: %s\nclinclean: dry run continues with a byte/word token ESTIMATE\n", err.msg);
        cc_error_clear(&err);
        snprintf(info.device, sizeof info.device, "none (dry run)");
        if (config && cc_sha256_file(config, info.config_sha256, &err) != CC_OK) goto fail;
    } else {
        goto fail;
    }
    /* Every rewrite goes through the faithfulness guard; its rule version and the
     * --on-flag policy are part of the configuration hash, so a rule or policy
     * change re-checks rows. */
    cc_guard_fn guard = with_guard ? guard_adapter : NULL;
    void *guard_ctx = &on_flag;
    char guard_version[64] = "none";
    if (with_guard)
        snprintf(guard_version, sizeof guard_version, "%s on-flag=%s", CC_GUARD_VERSION,
                 on_flag == CC_ON_FLAG_NULL ? "null" : "keep");
    char config_hash[65];
    effective_config_hash(&info, codec, utf8_reject, guard_version, config_hash);
    cc_run_desc desc = {.model_path = model, .model_sha256 = model_hash, .config_hash = config_hash,
                        .prompt_hash = info.prompt_sha256, .device = info.device, .table = table, .id_col = id_col,
                        .text_col = text_col, .out_col = out_col, .shard = shard, .where_expr = where};
    cc_job_spec spec = {.db = db, .table = table, .id_col = id_col, .text_col = text_col, .out_col = out_col,
                        .where = where, .shard_k = shard_k, .shard_n = shard_n, .limit = limit, .full = full,
                        .codec = codec, .utf8_reject = utf8_reject, .keep_source = keep, .run = &desc,
                        .rw = have_rw ? &rw : NULL, .guard = guard, .guard_ctx = guard_ctx, .max_inflight = (int)inflight, .batch_rows = (int)brows,
                        .batch_ms = (int)bms, .progress = progress, .progress_out = stderr, .progress_every_s = 5.0};
    cc_job_summary sum;
    cc_status st;
    if (dry) {
        st = cc_job_dry_run(&spec, &sum, &err);
    } else {
        cc_job_install_signals();
        st = cc_job_run(&spec, &sum, &err);
        if (sum.interrupted) fprintf(stderr, "clinclean: interrupted: committed every finished row; rerun to finish\n");
    }
    if (st != CC_OK) fprintf(stderr, "clinclean run: %s\n", err.msg);
    if (st == CC_OK || sum.run_id) {
        cc_job_print_summary(json ? stderr : stdout, &sum);
        if (json && (js = cc_job_summary_json(&sum))) printf("%s\n", js);
    }
    rc = cc_job_exit_code(st, &sum);
    goto done;

usage_err:
    fprintf(stderr, "clinclean run: %s\n", err.msg);
    rc = CC_EXIT_USAGE;
    goto done;
fail:
    fprintf(stderr, "clinclean run: %s\n", err.msg);
    rc = CC_EXIT_FAILURE;
done:
    free(js);
    if (have_rw && rw.destroy) rw.destroy(rw.ctx);
    cc_db_close(db);
    return rc;
}

int cmd_run(int argc, char **argv) { return cc_run_command(argc, argv, cc_rewriter_open, true); }
