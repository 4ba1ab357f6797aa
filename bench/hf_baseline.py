#!/usr/bin/env python3
"""hf_baseline.py - the transformers baseline for clinclean's throughput.

A randomly initialised LlamaForCausalLM with the Llama-3.2-1B configuration
(bf16, SDPA attention, tied embeddings, llama3 RoPE scaling) runs batched
greedy `generate` over the clinclean workload: every row is a 120-token
shared system prefix plus 200-260 random note tokens (~350 prompt tokens)
and exactly 200 output tokens (end tokens ignored).  Rows are processed in
batches until --rows are done or --max-seconds have passed; the figure is
output tokens per second over the batches that completed after a first
full-size warm-up batch (timed and printed, not counted); with several
batch sizes (--batch 250,500) each is measured in turn, --max-seconds each,
and the fastest is the figure.  Needs no network
(nothing is downloaded).  Prints one line starting "hf_baseline:" last.

usage: hf_baseline.py [--rows 1000] [--batch 250[,500,...]] [--out-tokens 200] [--max-seconds 110]
                      [--device cpu --tiny]   (a smoke test of the script itself, no GPU)
"""
import argparse
import sys
import time


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=1000)
    ap.add_argument("--batch", type=lambda v: [int(x) for x in v.split(",")], default=[250],
                    help="rows per generate call; a comma-separated list tries each (a warm-up batch each) "
                         "and reports the fastest")
    ap.add_argument("--out-tokens", type=int, default=200)
    ap.add_argument("--max-seconds", type=float, default=110.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--device", default="cuda", help="cuda (the benchmark) or cpu (a smoke test with --tiny)")
    ap.add_argument("--tiny", action="store_true", help="a 2-layer, 256-wide model: checks the script, not speed")
    args = ap.parse_args()

    try:
        import torch
        from transformers import LlamaConfig, LlamaForCausalLM
    except ImportError as e:
        print(f"hf_baseline: skipped, cannot import torch/transformers ({e})")
        return 0

    dev = args.device
    if dev == "cuda" and not torch.cuda.is_available():
        print("hf_baseline: skipped, no CUDA device visible to torch")
        return 0
    dev_name = torch.cuda.get_device_name(0) if dev == "cuda" else "cpu"
    torch.manual_seed(args.seed)
    rope = {"rope_type": "llama3", "factor": 32.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
            "original_max_position_embeddings": 8192, "rope_theta": 500000.0}
    dims = dict(hidden_size=256, intermediate_size=512, num_hidden_layers=2, num_attention_heads=4,
                num_key_value_heads=2, head_dim=64) if args.tiny else \
        dict(hidden_size=2048, intermediate_size=8192, num_hidden_layers=16, num_attention_heads=32,
             num_key_value_heads=8, head_dim=64)
    cfg = LlamaConfig(vocab_size=128256, max_position_embeddings=131072, rms_norm_eps=1e-5, rope_theta=500000.0,
                      tie_word_embeddings=True, bos_token_id=128000, eos_token_id=None, pad_token_id=0,
                      rope_scaling=rope, **dims)
    if getattr(cfg, "rope_scaling", None) in (None, {}) and hasattr(cfg, "rope_parameters"):
        cfg.rope_parameters = rope  # transformers 5 spelling
    cfg._attn_implementation = "sdpa"
    t0 = time.time()
    with torch.device(dev):
        model = LlamaForCausalLM(cfg).to(torch.bfloat16).eval()
    n_params = sum(p.numel() for p in model.parameters())
    print(f"model: random Llama-3.2-1B config, {n_params / 1e9:.3f} B parameters, bf16, sdpa, "
          f"built in {time.time() - t0:.1f} s on {dev_name}", flush=True)

    gen = torch.Generator().manual_seed(args.seed)
    prefix = torch.randint(1000, 120000, (120,), generator=gen)

    def make_batch(n):
        lens = torch.randint(200, 261, (n,), generator=gen)
        width = 120 + int(lens.max())
        ids = torch.zeros((n, width), dtype=torch.long)
        mask = torch.zeros((n, width), dtype=torch.long)
        for i in range(n):  # left padding, as batched generation needs
            row = torch.cat([prefix, torch.randint(1000, 120000, (int(lens[i]),), generator=gen)])
            ids[i, width - len(row):] = row
            mask[i, width - len(row):] = 1
        return ids.to(dev), mask.to(dev), int((120 + lens).sum())

    def run(n, out_tokens):
        ids, mask, prompt_tokens = make_batch(n)
        if dev == "cuda":
            torch.cuda.synchronize()
        t = time.time()
        with torch.inference_mode():
            out = model.generate(input_ids=ids, attention_mask=mask, max_new_tokens=out_tokens,
                                 min_new_tokens=out_tokens, do_sample=False, pad_token_id=0)
        if dev == "cuda":
            torch.cuda.synchronize()
        assert out.shape[1] - ids.shape[1] == out_tokens, out.shape
        return time.time() - t, prompt_tokens

    run(2, 8)  # warm-up

    def measure(size):
        """Batches of size rows until --rows are done or --max-seconds have passed; the first
        full-size batch is a warm-up, timed but not counted: on an H200 it took 16.6-20.5 s where
        the next ones took 6.0-6.1 s (allocator growth, kernel selection), and counting it
        understated transformers by a third (5184 output tok/s instead of ~8300)."""
        batch, done, out_tok, prompt_tok, elapsed, warm = size, 0, 0, 0, 0.0, False
        start = time.time()
        while done < args.rows and time.time() - start < args.max_seconds:
            n = min(batch, args.rows - done)
            try:
                dt, pt = run(n, args.out_tokens)
            except torch.cuda.OutOfMemoryError:
                torch.cuda.empty_cache()
                batch = max(1, batch // 2)
                print(f"out of memory at batch {n}; retrying with batch {batch}", flush=True)
                continue
            if not warm:
                warm = True
                print(f"warm-up batch of {n}: {dt:.1f} s, {n * args.out_tokens / dt:.0f} output tok/s (not counted)",
                      flush=True)
                continue
            done += n
            out_tok += n * args.out_tokens
            prompt_tok += pt
            elapsed += dt
            print(f"batch of {n}: {dt:.1f} s, {n * args.out_tokens / dt:.0f} output tok/s", flush=True)
        return batch, done, out_tok, prompt_tok, elapsed

    best = None
    for size in args.batch:
        batch, done, out_tok, prompt_tok, elapsed = measure(size)
        if done == 0:
            print(f"batch size {size}: no batch completed after the warm-up", flush=True)
            continue
        print(f"batch size {size}: {done} rows in {elapsed:.1f} s, {out_tok / elapsed:.0f} output tok/s", flush=True)
        if best is None or out_tok / elapsed > best[2] / best[4]:
            best = (batch, done, out_tok, prompt_tok, elapsed)
    if best is None:
        print("hf_baseline: no batch completed")
        return 1
    batch, done, out_tok, prompt_tok, elapsed = best
    print(f"hf_baseline: {done} rows (batch {batch}, ~{prompt_tok / done:.0f} prompt + {args.out_tokens} output "
          f"tokens) in {elapsed:.1f} s: {out_tok / elapsed:.0f} output tok/s, "
          f"{(out_tok + prompt_tok) / elapsed:.0f} total tok/s, {dev_name}{' (tiny smoke-test model)' if args.tiny else ''}"
          f"{f' (the best of batch sizes {args.batch})' if len(args.batch) > 1 else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
