"""``gcmbot bench ingest``: ingestion speed and memory against the targets.

Everything runs as the user would run it, in child processes, on fresh temporary data
dirs (the real index is not touched):

1. a first ``gcmbot ingest`` of the knowledge base with an empty embedding cache: every
   passage goes through the model (the pipeline's split, wall time, CPU time and the share
   of the cores it used, peak resident memory from the child's ``wait4`` rusage);
2. a second, unchanged run: its seconds, and the texts it embedded (must be 0);
3. ``gcmbot ingest --rebuild``: the full ingest, the index dropped and written again, with
   the embedding cache the first run filled (what a rebuild, a new image or a new replica pays);
4. ``gcmbot search`` from a cold start to printed results: wall time, median of 3;
5. with ``--scale 10,100``: the full ingest of a knowledge base 10 and 100 times today's
   (see :mod:`bot.cli.benchmarks.corpus`), with that cache: time, memory, texts embedded.

Targets: full ingest (3) <= 10 s, unchanged < 1 s, search cold start < 2 s.
"""
from __future__ import annotations

HELP = "first, unchanged and full ingest time (split load/embed/write), search cold start, memory; at 10x/100x"

TARGETS = {"full": 10.0, "unchanged": 1.0, "search": 2.0}


def add_arguments(parser) -> None:
    parser.add_argument("--query", default="accreditation", help="query for the search cold start (default: accreditation)")
    parser.add_argument("--search-runs", type=int, default=3, help="search cold starts to time (median; default 3)")
    parser.add_argument("--scale", default="1,10,100", metavar="FACTORS",
                        help="also ingest knowledge bases this many times today's (default 1,10,100)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary data dirs and print where they are")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")


def _cores(usage, wall: float) -> float:
    return round((usage.ru_utime + usage.ru_stime) / max(wall, 1e-9), 2)


def run(args) -> int:
    import json
    import os
    import shutil
    import statistics
    import sys
    import tempfile
    from pathlib import Path

    from bot.cli.benchmarks import corpus
    from bot.settings import get_settings

    settings = get_settings()
    scales = corpus.parse_scales(args.scale)
    tmp = Path(tempfile.mkdtemp(prefix="gcmbot-bench-ingest-"))
    data = tmp / "data"
    env = corpus.child_env(data, settings.knowledge_dir)
    print(f"benchmarking ingest of {settings.documents_dir} into fresh data dirs under {tmp} "
          f"({os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f})", file=sys.stderr)
    scaled: dict[int, dict] = {}
    try:
        first, first_wall, first_usage = corpus.ingest(env)
        again, again_wall, _ = corpus.ingest(env)
        full, full_wall, full_usage = corpus.ingest(env, "--rebuild")
        walls = []
        for _ in range(max(1, args.search_runs)):
            wall, code, out, err, _ = corpus.timed([corpus.gcmbot_path(), "search", args.query, "--k", "3"], env)
            if code != 0:
                print(f"gcmbot bench ingest: `gcmbot search` failed (exit {code}): {err.strip()[-500:]}", file=sys.stderr)
                return 1
            walls.append(wall)
        for factor in (s for s in scales if s > 1):
            print(f"building a knowledge base {factor} times today's ...", file=sys.stderr)
            _, summary, wall, usage = corpus.scaled_index(factor, settings.knowledge_dir, tmp, data)
            scaled[factor] = {
                "documents": len(summary["added"]), "chunks": summary["chunks_total"],
                "seconds": summary["seconds"]["total"], "split": summary["seconds"],
                "process_wall": round(wall, 2), "cores_used": _cores(usage, wall),
                "peak_rss_mib": round(usage.ru_maxrss / 1024, 1), "texts_embedded": summary["embedded_by_model"],
            }
            if not args.keep:
                for sub in (f"knowledge-x{factor}", f"data-x{factor}"):
                    shutil.rmtree(tmp / sub, ignore_errors=True)
    finally:
        if args.keep:
            print(f"kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    def split(summary) -> dict:
        s = summary["seconds"]
        return {k: s.get(k, 0.0) for k in ("load_clean_chunk", "embed", "write", "cards_timeline")}

    figures = {
        "documents": len(first["added"]),
        "chunks": first["chunks_total"],
        "card_questions": first.get("card_questions_embedded", 0),
        "embedder": first["embedder"],
        "first_seconds": first["seconds"]["total"],
        "first_split": split(first),
        "first_texts_embedded": first["embedded_by_model"],
        "first_process_wall": round(first_wall, 3),
        "first_process_cpu": round(first_usage.ru_utime + first_usage.ru_stime, 2),
        "first_cores_used": _cores(first_usage, first_wall),
        "first_peak_rss_mib": round(first_usage.ru_maxrss / 1024, 1),        # ru_maxrss is KiB on Linux
        "unchanged_seconds": again["seconds"]["total"],
        "unchanged_process_wall": round(again_wall, 3),
        "unchanged_texts_embedded": again["embedded_by_model"],
        "full_seconds": full["seconds"]["total"],
        "full_split": split(full),
        "full_texts_embedded": full["embedded_by_model"],
        "full_process_wall": round(full_wall, 3),
        "full_peak_rss_mib": round(full_usage.ru_maxrss / 1024, 1),
        "search_cold_wall_median": round(statistics.median(walls), 3),
        "search_cold_walls": [round(w, 3) for w in walls],
        "scaled": scaled,
    }
    checks = {
        "full": figures["full_seconds"] <= TARGETS["full"] and figures["full_texts_embedded"] == 0,
        "unchanged": figures["unchanged_seconds"] < TARGETS["unchanged"] and figures["unchanged_texts_embedded"] == 0,
        "search": figures["search_cold_wall_median"] < TARGETS["search"],
    }
    figures["targets_met"] = checks
    # correctness, not speed: an unchanged run or a rebuild that asks the model again is broken
    status = 0 if figures["unchanged_texts_embedded"] == 0 and figures["full_texts_embedded"] == 0 else 1
    if args.json:
        print(json.dumps(figures, indent=2))
        return status

    def mark(ok: bool) -> str:
        return "ok" if ok else "OVER TARGET"

    fs = figures["first_split"]
    print(f"ingest of {figures['documents']} documents, {figures['chunks']} chunks "
          f"(+ {figures['card_questions']} card questions) with {figures['embedder']}")
    print(f"  first ingest       {figures['first_seconds']:7.2f} s   (empty embedding cache: "
          f"{figures['first_texts_embedded']} texts through the model)")
    print(f"    load/clean/chunk {fs['load_clean_chunk']:7.2f} s")
    print(f"    embed passages   {fs['embed']:7.2f} s   ({figures['chunks'] / max(fs['embed'], 1e-9):.1f} chunks/s)")
    print(f"    write            {fs['write']:7.2f} s")
    print(f"    cards/timeline   {fs['cards_timeline']:7.2f} s   (card questions embedded, quotations checked)")
    print(f"    process          {figures['first_process_wall']:7.2f} s wall, {figures['first_process_cpu']:.1f} s CPU: "
          f"{figures['first_cores_used']:.2f} of {os.cpu_count()} cores; peak {figures['first_peak_rss_mib']:.0f} MiB")
    print(f"  unchanged run      {figures['unchanged_seconds']:7.2f} s   target < {TARGETS['unchanged']:.0f} s   "
          f"{mark(checks['unchanged'])}  ({figures['unchanged_texts_embedded']} texts embedded; "
          f"process wall {figures['unchanged_process_wall']:.2f} s)")
    print(f"  full ingest        {figures['full_seconds']:7.2f} s   target <= {TARGETS['full']:.0f} s  "
          f"{mark(checks['full'])}  (--rebuild with the embedding cache: {figures['full_texts_embedded']} texts "
          f"embedded; process wall {figures['full_process_wall']:.2f} s, peak {figures['full_peak_rss_mib']:.0f} MiB)")
    print(f"  search cold start  {figures['search_cold_wall_median']:7.2f} s   target < {TARGETS['search']:.0f} s   "
          f"{mark(checks['search'])}  (median of {', '.join(f'{w:.2f}' for w in walls)})")
    if scaled:
        print("\n  knowledge base     documents   chunks   full ingest   process   cores   peak memory   embedded")
        rows = [(1, {"documents": figures["documents"], "chunks": figures["chunks"], "seconds": figures["full_seconds"],
                     "process_wall": figures["full_process_wall"], "cores_used": _cores(full_usage, full_wall),
                     "peak_rss_mib": figures["full_peak_rss_mib"], "texts_embedded": figures["full_texts_embedded"]})]
        for factor, row in [*rows, *sorted(scaled.items())]:
            print(f"  {factor:>4}x today's    {row['documents']:>9}   {row['chunks']:>6}   {row['seconds']:9.2f} s"
                  f"   {row['process_wall']:5.1f} s   {row['cores_used']:5.2f}   {row['peak_rss_mib']:7.0f} MiB"
                  f"   {row['texts_embedded']:>8}")
        print("  (copies of today's documents: the model's cost for new text is the first ingest's chunks/s)")
    load = os.getloadavg()[0]
    if load > (os.cpu_count() or 1):
        print(f"note: load average {load:.1f} on {os.cpu_count()} CPUs: other work shares the machine, "
              "so the times above are slower than on an idle one.")
    if status:
        print("FAIL: an unchanged run or a rebuild embedded texts again; the embedding cache or incremental "
              "ingestion is broken.")
    return status
