/* cmd_tokenize.c - `clinclean tokenize` (text -> ids or pieces) and
 * `clinclean detokenize` (ids -> text), with the model's own tokenizer. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "tokenizer.h"
#include "tokenizer_load.h"

static void tokenize_usage(FILE *f) {
    fprintf(f,
            "usage: clinclean tokenize (-m MODEL | --tokenizer tokenizer.json) [--bos] [--pieces] [TEXT | -]\n"
            "\n"
            "Print the token ids of TEXT on one line, separated by single spaces.  With `-` or\n"
            "no TEXT, all of standard input is the text, byte for byte.  Text never becomes a\n"
            "special token: \"<|eot_id|>\" in the input is encoded as plain characters.\n"
            "  -m, --model FILE     GGUF model (its tokenizer metadata) or a tokenizer.json\n"
            "  --tokenizer FILE     Hugging Face tokenizer.json (tokenizer_config.json beside it is read)\n"
            "  --bos                put the BOS id first\n"
            "  --pieces             print the pieces (the text of each token, quoted) instead of ids\n");
}

static void detokenize_usage(FILE *f) {
    fprintf(f,
            "usage: clinclean detokenize (-m MODEL | --tokenizer tokenizer.json) [--raw] [ID... | -]\n"
            "\n"
            "Print the text of the token ids (given as arguments, or with `-` or none, read from\n"
            "standard input separated by spaces, commas or newlines).  Nothing is added: no\n"
            "newline, special tokens as their literal text.  Output is valid UTF-8 (an invalid\n"
            "byte sequence prints as U+FFFD) unless --raw asks for the exact bytes.\n"
            "  -m, --model FILE     GGUF model or a tokenizer.json\n"
            "  --tokenizer FILE     Hugging Face tokenizer.json\n"
            "  --raw                write the tokens' bytes exactly, even if not valid UTF-8\n");
}

/* Print a piece as a double-quoted string with C escapes for anything unprintable. */
static void print_quoted(const char *p, size_t n) {
    putchar('"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        switch (c) {
        case '"': fputs("\\\"", stdout); break;
        case '\\': fputs("\\\\", stdout); break;
        case '\n': fputs("\\n", stdout); break;
        case '\r': fputs("\\r", stdout); break;
        case '\t': fputs("\\t", stdout); break;
        default:
            if (c < 0x20 || c == 0x7F) printf("\\x%02X", c);
            else putchar(c);
        }
    }
    putchar('"');
}

/* Common option parsing: -m / --tokenizer, plus one command-specific flag pair. */
typedef struct {
    const char *model;     /* -m */
    const char *tokenizer; /* --tokenizer */
    bool bos;              /* --bos */
    bool pieces;           /* --pieces */
    bool raw;              /* --raw */
} tok_opts;

static int parse(int argc, char **argv, tok_opts *o, bool detok, void (*usage)(FILE *)) {
    static const struct option opts[] = {{"model", required_argument, 0, 'm'},
                                         {"tokenizer", required_argument, 0, 't'},
                                         {"bos", no_argument, 0, 'b'},
                                         {"pieces", no_argument, 0, 'p'},
                                         {"raw", no_argument, 0, 'r'},
                                         {"help", no_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    optind = 1;
    int c;
    memset(o, 0, sizeof *o);
    while ((c = getopt_long(argc, argv, "+m:h", opts, NULL)) != -1) {
        switch (c) {
        case 'm': o->model = optarg; break;
        case 't': o->tokenizer = optarg; break;
        case 'b':
            if (detok) goto bad;
            o->bos = true;
            break;
        case 'p':
            if (detok) goto bad;
            o->pieces = true;
            break;
        case 'r':
            if (!detok) goto bad;
            o->raw = true;
            break;
        case 'h': usage(stdout); return 0;
        default: goto bad;
        }
    }
    if ((o->model == NULL) == (o->tokenizer == NULL)) {
        fprintf(stderr, "clinclean %s: give exactly one of -m MODEL and --tokenizer FILE\n", argv[0]);
        goto bad;
    }
    return -1;
bad:
    usage(stderr);
    return 2;
}

int cmd_tokenize(int argc, char **argv) {
    tok_opts o;
    int rc = parse(argc, argv, &o, false, tokenize_usage);
    if (rc >= 0) return rc;
    if (argc - optind > 1) {
        fprintf(stderr, "clinclean tokenize: give the text as one argument (quote it) or `-`\n");
        return 2;
    }
    cc_error err = {0};
    cc_tokenizer *tok = NULL;
    cc_bytes text = {0};
    cc_tokens ids = {0};
    rc = 1;
    if (optind == argc || strcmp(argv[optind], "-") == 0) {
        if (cc_read_all(stdin, "standard input", &text, &err) != CC_OK) goto fail;
    } else if (cc_bytes_append(&text, argv[optind], strlen(argv[optind]), &err) != CC_OK) {
        goto fail;
    }
    if (cc_tokenizer_open(o.model, o.tokenizer, &tok, &err) != CC_OK) goto fail;
    if (cc_tokenizer_encode(tok, text.data ? text.data : "", text.len, o.bos, &ids, &err) != CC_OK) goto fail;
    for (size_t i = 0; i < ids.n; i++) {
        if (i) putchar(' ');
        if (o.pieces) {
            size_t l;
            const char *p = cc_tokenizer_piece(tok, ids.ids[i], &l);
            print_quoted(p, l);
        } else {
            printf("%d", ids.ids[i]);
        }
    }
    putchar('\n');
    rc = 0;
    goto done;
fail:
    fprintf(stderr, "clinclean tokenize: %s\n", err.msg);
done:
    cc_tokens_free(&ids);
    cc_bytes_free(&text);
    cc_tokenizer_free(tok);
    return rc;
}

/* Parse ids separated by spaces, commas, brackets or newlines. */
static cc_status parse_id_list(const char *s, const char *what, cc_tokens *out, cc_error *err) {
    size_t i = 0;
    while (s[i]) {
        if (strchr(" \t\r\n,[]", s[i])) {
            i++;
            continue;
        }
        char *end;
        errno = 0;
        long v = strtol(s + i, &end, 10);
        if (end == s + i || errno || v < 0 || v > INT32_MAX || (*end && !strchr(" \t\r\n,[]", *end)))
            return cc_fail(err, CC_ERR_INVALID, "%s: not a token id at byte %zu", what, i);
        cc_status st = cc_tokens_push(out, (int32_t)v, err);
        if (st != CC_OK) return st;
        i = (size_t)(end - s);
    }
    return CC_OK;
}

int cmd_detokenize(int argc, char **argv) {
    tok_opts o;
    int rc = parse(argc, argv, &o, true, detokenize_usage);
    if (rc >= 0) return rc;
    cc_error err = {0};
    cc_tokenizer *tok = NULL;
    cc_bytes in = {0}, out = {0};
    cc_tokens ids = {0};
    rc = 1;
    if (optind == argc || (argc - optind == 1 && strcmp(argv[optind], "-") == 0)) {
        if (cc_read_all(stdin, "standard input", &in, &err) != CC_OK) goto fail;
        if (parse_id_list(in.data ? in.data : "", "standard input", &ids, &err) != CC_OK) goto usage_fail;
    } else {
        for (int i = optind; i < argc; i++)
            if (parse_id_list(argv[i], "arguments", &ids, &err) != CC_OK) goto usage_fail;
    }
    if (cc_tokenizer_open(o.model, o.tokenizer, &tok, &err) != CC_OK) goto fail;
    if (o.raw) {
        if (cc_tokenizer_decode(tok, ids.ids, ids.n, &out, &err) != CC_OK) goto fail;
    } else {
        cc_tok_stream s;
        cc_tok_stream_init(&s);
        for (size_t i = 0; i < ids.n; i++)
            if (cc_tok_stream_push(&s, tok, ids.ids[i], &out, &err) != CC_OK) goto fail;
        if (cc_tok_stream_finish(&s, &out, &err) != CC_OK) goto fail;
    }
    if (out.len && fwrite(out.data, 1, out.len, stdout) != out.len) {
        cc_fail(&err, CC_ERR_IO, "writing standard output failed");
        goto fail;
    }
    rc = 0;
    goto done;
usage_fail:
    fprintf(stderr, "clinclean detokenize: %s\n", err.msg);
    rc = 2;
    goto done;
fail:
    fprintf(stderr, "clinclean detokenize: %s\n", err.msg);
done:
    cc_tokens_free(&ids);
    cc_bytes_free(&in);
    cc_bytes_free(&out);
    cc_tokenizer_free(tok);
    return rc;
}
