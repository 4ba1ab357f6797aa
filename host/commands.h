/* commands.h - entry points of the subcommands.  Each returns the process exit
 * status (0 success, 1 a handled failure, 2 bad usage) and never exits itself;
 * argv[0] is the subcommand name. */
#ifndef CLINCLEAN_COMMANDS_H
#define CLINCLEAN_COMMANDS_H

int cmd_detokenize(int argc, char **argv);
int cmd_devices(int argc, char **argv);
int cmd_generate(int argc, char **argv);
int cmd_inspect(int argc, char **argv);
int cmd_prompt(int argc, char **argv);
int cmd_tokenize(int argc, char **argv);

#endif
