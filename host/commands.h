/* commands.h - entry points of the subcommands.  Each returns the process exit
 * status (0 success, 1 a handled failure, 2 bad usage) and never exits itself;
 * argv[0] is the subcommand name. */
#ifndef CLINCLEAN_COMMANDS_H
#define CLINCLEAN_COMMANDS_H

#include <stdbool.h>

#include "engine.h"

int cmd_check(int argc, char **argv);
int cmd_convert(int argc, char **argv);
int cmd_detokenize(int argc, char **argv);
int cmd_devices(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_generate(int argc, char **argv);
int cmd_guard_eval(int argc, char **argv);
int cmd_inspect(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_prompt(int argc, char **argv);
int cmd_review(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_sample_db(int argc, char **argv);
int cmd_synth_model(int argc, char **argv);
int cmd_tokenize(int argc, char **argv);

/* `clinclean run` with the engine obtained from open_engine (tests pass a double);
 * with_guard: every rewrite goes through the faithfulness guard (the command
 * always; tests of the job loop alone may leave it out). */
int cc_run_command(int argc, char **argv, cc_rewriter_open_fn open_engine, bool with_guard);

#endif
