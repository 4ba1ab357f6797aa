/* main.c - the clinclean command line: dispatch to subcommands.
 *
 * The only file that exits the process.  Every subcommand lives in its own
 * host/cmd_*.c file and returns an exit status. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "device.h"
#include "version.h"

typedef struct {
    const char *name;                  /* subcommand as typed */
    int (*run)(int argc, char **argv); /* entry point, argv[0] == name */
    const char *summary;               /* one line for `clinclean --help` */
} command;

/* Keep sorted by name; one line each. */
static const command commands[] = {
    {"check", cmd_check, "run the faithfulness guard on one source/rewrite pair"},
    {"convert", cmd_convert, "convert a Hugging Face Llama checkpoint to GGUF"},
    {"detokenize", cmd_detokenize, "print the text of token ids"},
    {"devices", cmd_devices, "show the compute device that would be used"},
    {"export", cmd_export, "write notes, cleaned text and results as gzip JSON lines"},
    {"generate", cmd_generate, "continue a prompt with the model on the CPU (streams text)"},
    {"guard-eval", cmd_guard_eval, "evaluate the faithfulness guard (recall per class, false positives)"},
    {"inspect", cmd_inspect, "show what a GGUF model file holds"},
    {"merge", cmd_merge, "fold per-shard output databases into one"},
    {"prompt", cmd_prompt, "print the chat prompt (and ids) the model gets for a note"},
    {"review", cmd_review, "write a self-contained HTML review report of flagged rows"},
    {"run", cmd_run, "clean a table of notes (resumable, incremental)"},
    {"sample-db", cmd_sample_db, "write the built-in sample discharge-summary database"},
    {"synth-model", cmd_synth_model, "write a random-weight Llama GGUF at real dimensions"},
    {"tokenize", cmd_tokenize, "print the token ids (or pieces) of a text"},
};

static void print_version(void) {
    printf("clinclean %s (commit %s, CUDA %s)\n", cc_version(), cc_git_commit(),
           cc_cuda_compiled() ? "compiled in" : "not compiled in");
}

static void usage(FILE *f) {
    fprintf(f,
            "usage: clinclean <command> [options]\n"
            "       clinclean --version | --help\n"
            "\n"
            "Rewrites telegraphic clinical notes in a SQLite database into clean prose with a\n"
            "small Llama-family model, on an NVIDIA GPU when present, else on the CPU.\n"
            "\n"
            "commands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  %-12s %s\n", commands[i].name, commands[i].summary);
    fprintf(f, "\nRun `clinclean <command> --help` for a command's options.\n");
}

int main(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
        print_version();
        return 0;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        if (strcmp(argv[1], commands[i].name) == 0) {
            int rc = commands[i].run(argc - 1, argv + 1);
            fflush(stdout);
            exit(rc);
        }
    }
    fprintf(stderr, "clinclean: unknown command '%s'\n\n", argv[1]);
    usage(stderr);
    return 2;
}
