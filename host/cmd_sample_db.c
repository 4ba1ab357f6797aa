/* cmd_sample_db.c - `clinclean sample-db`: write the sample discharge-summary
 * database built into the binary (schema/sample_notes.sql, 50 synthetic
 * notes), so `clinclean run` can be tried without the source tree. */
#include <getopt.h>
#include <stdio.h>
#include <unistd.h>

#include "commands.h"
#include "notes_db.h"

static void usage(FILE *f) {
    fprintf(f,
            "usage: clinclean sample-db --db FILE [--force]\n"
            "\n"
            "Write the built-in sample database: table discharge_summaries(id, mrn, department,\n"
            "admit_date, discharge_date, summary) with 50 synthetic discharge summaries in the\n"
            "telegraphic ALL-CAPS style clinclean is made for (long ICU records, encoding debris,\n"
            "NULL/empty/blank notes, one zlib-compressed BLOB, one note with invalid UTF-8).\n"
            "  --force   replace FILE if it exists\n");
}

int cmd_sample_db(int argc, char **argv) {
    static const struct option opts[] = {{"db", required_argument, 0, 'd'}, {"force", no_argument, 0, 'f'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *path = NULL;
    int force = 0;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case 'd': path = optarg; break;
        case 'f': force = 1; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (!path || optind != argc) {
        usage(stderr);
        return 2;
    }
    if (access(path, F_OK) == 0) {
        if (!force) {
            fprintf(stderr, "clinclean sample-db: %s exists (use --force to replace it)\n", path);
            return 1;
        }
        char aux[4096];
        snprintf(aux, sizeof aux, "%s-wal", path);
        unlink(aux);
        snprintf(aux, sizeof aux, "%s-shm", path);
        unlink(aux);
        if (unlink(path) != 0) {
            perror(path);
            return 1;
        }
    }
    sqlite3 *db = NULL;
    char *msg = NULL;
    int rc = 1;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
        fprintf(stderr, "clinclean sample-db: %s: %s\n", path, db ? sqlite3_errmsg(db) : "out of memory");
        goto done;
    }
    if (sqlite3_exec(db, cc_sample_notes_sql, NULL, NULL, &msg) != SQLITE_OK) {
        fprintf(stderr, "clinclean sample-db: %s: %s\n", path, msg ? msg : sqlite3_errmsg(db));
        goto done;
    }
    printf("clinclean: wrote %s (50 notes in table discharge_summaries); try:\n"
           "  clinclean run --db %s --table discharge_summaries --id-col id --text-col summary \\\n"
           "                --out-col summary_clean -m MODEL.gguf --text-codec zlib\n",
           path, path);
    rc = 0;
done:
    sqlite3_free(msg);
    sqlite3_close(db);
    if (rc && path) unlink(path);
    return rc;
}
