"""Extraction throughput: articles per second on one core and with N worker processes.

    python bench/make_articles.py /tmp/parley-bench
    python bench/bench_extract.py /tmp/parley-bench [--workers 2]

Reported: extraction alone on one core (codebook built and lemma tables loaded before
the clock starts, as they are once per process in real runs); extraction in 1 and N
warm worker processes (how extraction scales with cores); and the end-to-end
``extract_paths`` (reading, language detection, extraction, worker start-up included).

The extractor runs compiled (mypyc, see setup.py) where it was built so; ``PARLEY_PURE=1``
measures its Python sources. The first line printed says which ran.
"""

from __future__ import annotations

import argparse
import os
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from parley import loaders
from parley.graph.records import Bundle
from parley.loaders.codebook import codebook
from parley.loaders.extract import extract_article, extract_paths
from parley.loaders.read import Article, read_inputs
from parley.loaders.wordspec import lemma

LANGUAGES = ("sv", "nb", "da", "nl", "en", "de", "fr")


def one_core(articles: list[Article]) -> tuple[float, int]:
    seen: set[str | None] = set()
    for a in articles:  # warm-up: one article per language loads its lemma tables
        if a.language not in seen:
            seen.add(a.language)
            extract_article(a)
    t = time.perf_counter()
    edges = 0
    for a in articles:
        edges += len(extract_article(a).edges)
    return time.perf_counter() - t, edges


def _warm_worker() -> None:
    codebook()
    for lang in LANGUAGES:
        lemma("warm", lang)


def _extract_batch(batch: list[Article]) -> int:
    return sum(len(extract_article(a).edges) for a in batch)


def steady_state(articles: list[Article], workers: int) -> float:
    """Articles/s of extraction alone in ``workers`` warm processes (start-up excluded)."""
    batches = [articles[i : i + 64] for i in range(0, len(articles), 64)]
    with ProcessPoolExecutor(workers, initializer=_warm_worker) as pool:
        list(pool.map(time.sleep, [0.5] * workers))  # start every worker and let it build the codebook
        time.sleep(6)  # lemma tables load in the initializer
        t = time.perf_counter()
        sum(pool.map(_extract_batch, batches))
        return len(articles) / (time.perf_counter() - t)


def parallel(folder: Path, workers: int) -> tuple[float, int]:
    t = time.perf_counter()
    n = sum(1 for b in extract_paths([folder], workers=workers) if isinstance(b, Bundle))
    return time.perf_counter() - t, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    codebook()
    print(f"extractor: {'compiled (mypyc)' if loaders.native() else 'Python sources'}")
    t = time.perf_counter()
    articles = [a for a in read_inputs([args.folder], detect=False) if isinstance(a, Article)]
    read_s = time.perf_counter() - t
    kb = sum(len(a.text) for a in articles) / len(articles) / 1000
    print(
        f"{len(articles)} articles, mean {kb:.1f} KB; reading (no detection): {len(articles) / read_s:,.0f} articles/s"
    )
    secs, edges = one_core(articles)
    print(f"extraction, 1 core: {len(articles) / secs:,.0f} articles/s ({edges} statements)")
    one = steady_state(articles, 1)
    many = steady_state(articles, args.workers)
    print(
        f"extraction in warm worker processes: 1 -> {one:,.0f} articles/s, {args.workers} -> {many:,.0f} "
        f"articles/s (speed-up {many / one:.2f}x)"
    )
    secs1, n1 = parallel(args.folder, 1)
    print(f"read+extract, --workers 1: {n1 / secs1:,.0f} articles/s")
    secsn, nn = parallel(args.folder, args.workers)
    print(f"read+extract, --workers {args.workers}: {nn / secsn:,.0f} articles/s (speed-up {secs1 / secsn:.2f}x)")


if __name__ == "__main__":
    main()
