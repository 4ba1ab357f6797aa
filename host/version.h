/* version.h - the version string, the git commit and the build's features. */
#ifndef CLINCLEAN_VERSION_H
#define CLINCLEAN_VERSION_H

const char *cc_version(void);     /* "0.1.0" */
const char *cc_git_commit(void);  /* short hash, "+dirty" when built from a modified tree, or "unknown" */

#endif
