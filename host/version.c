/* version.c - version and commit, injected by CMake at configure time. */
#include "version.h"

#ifndef CLINCLEAN_VERSION
#define CLINCLEAN_VERSION "0.0.0"
#endif
#ifndef CLINCLEAN_GIT_COMMIT
#define CLINCLEAN_GIT_COMMIT "unknown"
#endif

const char *cc_version(void) { return CLINCLEAN_VERSION; }
const char *cc_git_commit(void) { return CLINCLEAN_GIT_COMMIT; }
