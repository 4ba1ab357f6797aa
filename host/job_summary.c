/* job_summary.c - the end of a run as the user sees it: exit status, the
 * one-line summary and the JSON summary (see job.h). */
#include <jansson.h>

#include "job.h"

int cc_job_exit_code(cc_status st, const cc_job_summary *sum) {
    if (st != CC_OK) return CC_EXIT_FAILURE;
    if (sum->interrupted) return CC_EXIT_INTERRUPTED;
    if (!sum->dry_run && (sum->rows_review > 0 || sum->rows_error > 0)) return CC_EXIT_ATTENTION;
    return CC_EXIT_OK;
}

void cc_job_print_summary(FILE *f, const cc_job_summary *s) {
    char dur[32];
    cc_format_duration(s->elapsed_s, dur, sizeof dur);
    if (s->dry_run) {
        char est[96] = "unknown (no earlier run to measure throughput; try --limit 100 first)";
        if (s->est_seconds > 0) cc_format_duration(s->est_seconds, est, sizeof est);
        fprintf(f,
                "clinclean: dry run: %lld rows match, %lld would be cleaned in %lld chunks (%lld split), "
                "%lld skipped, %lld errors, %lld unchanged, %lld in other shards; %lld input tokens%s; "
                "estimated time %s\n",
                (long long)s->total_rows, (long long)s->rows_ok, (long long)s->chunks, (long long)s->split_rows,
                (long long)s->rows_skipped, (long long)s->rows_error, (long long)s->rows_unchanged,
                (long long)s->rows_other_shard, (long long)s->input_tokens,
                s->tokens_estimated ? " (ESTIMATED from bytes/words: no tokenizer loaded)" : "", est);
        return;
    }
    double tps = s->elapsed_s > 0 ? (double)s->output_tokens / s->elapsed_s : 0;
    fprintf(f,
            "clinclean: run %lld %s in %s: %lld ok, %lld need review, %lld skipped, %lld errors, %lld unchanged; "
            "%lld chunks, %lld output tokens (%.0f tok/s)%s\n",
            (long long)s->run_id, s->status, dur, (long long)s->rows_ok, (long long)s->rows_review,
            (long long)s->rows_skipped, (long long)s->rows_error, (long long)s->rows_unchanged, (long long)s->chunks,
            (long long)s->output_tokens, tps,
            s->interrupted ? "; interrupted: finished rows are committed, run again to finish" : "");
}

char *cc_job_summary_json(const cc_job_summary *s) {
    json_t *o = json_object();
    if (!o) return NULL;
    json_object_set_new(o, "dry_run", json_boolean(s->dry_run));
    json_object_set_new(o, "run_id", json_integer(s->run_id));
    json_object_set_new(o, "status", json_string(s->status));
    json_object_set_new(o, "total_rows", json_integer(s->total_rows));
    json_object_set_new(o, "rows_ok", json_integer(s->rows_ok));
    json_object_set_new(o, "rows_needs_review", json_integer(s->rows_review));
    json_object_set_new(o, "rows_skipped", json_integer(s->rows_skipped));
    json_object_set_new(o, "rows_error", json_integer(s->rows_error));
    json_object_set_new(o, "rows_unchanged", json_integer(s->rows_unchanged));
    json_object_set_new(o, "rows_other_shard", json_integer(s->rows_other_shard));
    json_object_set_new(o, "rows_vanished", json_integer(s->rows_vanished));
    json_object_set_new(o, "chunks", json_integer(s->chunks));
    json_object_set_new(o, "split_rows", json_integer(s->split_rows));
    json_object_set_new(o, "prompt_tokens", json_integer(s->prompt_tokens));
    json_object_set_new(o, "output_tokens", json_integer(s->output_tokens));
    json_object_set_new(o, "elapsed_s", json_real(s->elapsed_s));
    json_object_set_new(o, "interrupted", json_boolean(s->interrupted));
    json_t *u = json_loads(s->unfinished_before, 0, NULL);
    json_object_set_new(o, "unfinished_before", u ? u : json_array());
    if (s->dry_run) {
        json_object_set_new(o, "input_tokens", json_integer(s->input_tokens));
        json_object_set_new(o, "tokens_estimated", json_boolean(s->tokens_estimated));
        json_object_set_new(o, "est_output_tok_per_s", json_real(s->est_tok_per_s));
        json_object_set_new(o, "est_seconds", s->est_seconds > 0 ? json_real(s->est_seconds) : json_null());
    }
    char *txt = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(o);
    return txt;
}
