/* cmd_prompt.c - `clinclean prompt`: render the chat prompt for one note
 * exactly as the model sees it (system prompt from the configuration, the note
 * as the user turn, the assistant header), and optionally its ids. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "chat_template.h"
#include "commands.h"
#include "config.h"
#include "tokenizer.h"
#include "tokenizer_load.h"

static void usage(FILE *f) {
    fprintf(f,
            "usage: clinclean prompt (-m MODEL | --tokenizer tokenizer.json) [--config FILE] [options] [TEXT | -]\n"
            "\n"
            "Print the fully rendered chat prompt for TEXT (the user turn; `-` or none: all of\n"
            "standard input) exactly as the model receives it.  Special tokens are inserted by the\n"
            "template only: the text's own \"<|eot_id|>\" stays plain text.\n"
            "  -m, --model FILE      GGUF model (template, tokenizer) or a tokenizer.json\n"
            "  --tokenizer FILE      Hugging Face tokenizer.json (tokenizer_config.json beside it is read)\n"
            "  -c, --config FILE     per-model configuration (configs/*.conf, see docs/CONFIG.md)\n"
            "  --system TEXT         system prompt (overrides the configuration)\n"
            "  --template NAME       auto | llama3 | chatml (overrides chat_template)\n"
            "  --date \"DD Mon YYYY\"  Llama 3 date line (overrides date_line; default %s)\n"
            "  --ids                 after the prompt, print its token ids on one line\n"
            "  --ids-only            print only the ids\n"
            "  --end-tokens          also print the ids that end generation (\"end tokens: ...\")\n",
            CC_DEFAULT_DATE);
}

int cmd_prompt(int argc, char **argv) {
    static const struct option opts[] = {{"model", required_argument, 0, 'm'},
                                         {"tokenizer", required_argument, 0, 't'},
                                         {"config", required_argument, 0, 'c'},
                                         {"system", required_argument, 0, 's'},
                                         {"template", required_argument, 0, 'T'},
                                         {"date", required_argument, 0, 'd'},
                                         {"ids", no_argument, 0, 'i'},
                                         {"ids-only", no_argument, 0, 'I'},
                                         {"end-tokens", no_argument, 0, 'e'},
                                         {"help", no_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    const char *model = NULL, *tokpath = NULL, *config = NULL, *sys = NULL, *tmpl = NULL, *date = NULL;
    bool ids_after = false, ids_only = false, show_end = false;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, "+m:c:h", opts, NULL)) != -1) {
        switch (c) {
        case 'm': model = optarg; break;
        case 't': tokpath = optarg; break;
        case 'c': config = optarg; break;
        case 's': sys = optarg; break;
        case 'T': tmpl = optarg; break;
        case 'd': date = optarg; break;
        case 'i': ids_after = true; break;
        case 'I': ids_only = true; break;
        case 'e': show_end = true; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if ((model == NULL) == (tokpath == NULL) || argc - optind > 1) {
        usage(stderr);
        return 2;
    }
    int rc = 1;
    cc_error err = {0};
    cc_model_config cfg;
    cc_tokenizer *tok = NULL;
    cc_bytes note = {0}, text = {0};
    cc_tokens ids = {0}, ends = {0};
    cc_config_defaults(&cfg);
    if (config && cc_config_load(&cfg, config, &err) != CC_OK) goto fail;
    if ((sys && cc_config_set(&cfg, "system_prompt", sys, "--system", &err) != CC_OK) ||
        (tmpl && cc_config_set(&cfg, "chat_template", tmpl, "--template", &err) != CC_OK) ||
        (date && cc_config_set(&cfg, "date_line", date, "--date", &err) != CC_OK)) {
        fprintf(stderr, "clinclean prompt: %s\n", err.msg);
        rc = 2;
        goto done;
    }
    if (optind == argc || strcmp(argv[optind], "-") == 0) {
        if (cc_read_all(stdin, "standard input", &note, &err) != CC_OK) goto fail;
    } else if (cc_bytes_append(&note, argv[optind], strlen(argv[optind]), &err) != CC_OK) {
        goto fail;
    }
    if (cc_tokenizer_open(model, tokpath, &tok, &err) != CC_OK) goto fail;
    cc_chat_family fam;
    if (cc_chat_detect(tok, cfg.chat_template, &fam, &err) != CC_OK) goto fail;
    const char *sp = cfg.system_prompt ? cfg.system_prompt : "";
    cc_chat_msg msgs[2] = {{"system", sp, strlen(sp)}, {"user", note.data ? note.data : "", note.len}};
    if (cc_chat_render(tok, fam, cfg.date_line, msgs, 2, true, &text, &ids, &err) != CC_OK) goto fail;
    if (!ids_only && text.len && fwrite(text.data, 1, text.len, stdout) != text.len) {
        cc_fail(&err, CC_ERR_IO, "writing standard output failed");
        goto fail;
    }
    if (ids_after || ids_only) {
        if (!ids_only && text.len && text.data[text.len - 1] != '\n') putchar('\n');
        for (size_t i = 0; i < ids.n; i++) printf(i ? " %d" : "%d", ids.ids[i]);
        putchar('\n');
    }
    if (show_end) {
        if (cfg.n_end_tokens) {
            for (size_t i = 0; i < cfg.n_end_tokens; i++)
                if (cc_tokens_push(&ends, cfg.end_tokens[i], &err) != CC_OK) goto fail;
        } else if (cc_chat_end_tokens(tok, fam, &ends, &err) != CC_OK) {
            goto fail;
        }
        printf("end tokens:");
        for (size_t i = 0; i < ends.n; i++) printf(" %d", ends.ids[i]);
        putchar('\n');
    }
    rc = 0;
    goto done;
fail:
    fprintf(stderr, "clinclean prompt: %s\n", err.msg);
done:
    cc_tokens_free(&ids);
    cc_tokens_free(&ends);
    cc_bytes_free(&note);
    cc_bytes_free(&text);
    cc_tokenizer_free(tok);
    cc_config_free(&cfg);
    return rc;
}
