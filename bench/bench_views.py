"""Benchmark: write the HTML view of a generated graph of 2,000 nodes and ~6,000 edges.

Target (issue 2): under 5 s to write the file. Not asserted anywhere; run it by hand:

    python bench/bench_views.py [--nodes 2000] [--edges 6000] [--out parley-bench-view.html] [--browser]

``--browser`` also opens the page in headless Chromium (tests/chromium.py) and reports how long
vis-network takes to lay it out; that number depends on the machine and is for information.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import tempfile
import time
from pathlib import Path

from parley.graph.model import GUARANTEE_MODELS, TOPICS
from parley.graph.records import EdgeRecord, NodeRecord
from parley.graph.views import render_view, view_stats

STANCES = ("DEMANDS", "PROPOSES", "SUPPORTS", "REJECTS", "GUARANTEES")


def generate(n_nodes: int, n_edges: int, seed: int = 1) -> tuple[list[NodeRecord], list[EdgeRecord]]:
    """A seeded graph shaped like the real one: mostly actors' stances on proposals."""
    rng = random.Random(seed)
    counts = {"Person": n_nodes * 3 // 20, "State": n_nodes // 20, "Organisation": n_nodes // 40,
              "Talks": n_nodes // 40}
    counts["Proposal"] = n_nodes - sum(counts.values())
    nodes: list[NodeRecord] = []
    by_label: dict[str, list[str]] = {}
    for label, count in counts.items():
        for i in range(count):
            nid = f"{label.lower()}:{label.lower()}-{i}"
            props: dict[str, object] = {}
            if label == "Proposal":
                props = {"kind": "security_guarantee", "model": rng.choice(GUARANTEE_MODELS),
                         "topics": rng.sample(TOPICS, 2)}
            nodes.append(NodeRecord(nid, label, f"{label} number {i} with a longer name",
                                    [f"alias {i}"], [f"art{rng.randrange(500)}"], props))
            by_label.setdefault(label, []).append(nid)
    actors = by_label["Person"] + by_label["State"] + by_label["Organisation"]
    edges: list[EdgeRecord] = []
    for person in by_label["Person"]:
        edges.append(EdgeRecord(person, rng.choice(by_label["State"]), "REPRESENTS", "art0", role="envoy",
                                sentence="The envoy spoke for the government."))
    while len(edges) < n_edges:
        art = f"art{rng.randrange(500)}"
        r = rng.random()
        if r < 0.9:
            source, target, rel = rng.choice(actors), rng.choice(by_label["Proposal"]), rng.choice(STANCES)
        elif r < 0.95:
            source, target, rel = rng.choice(by_label["State"]), rng.choice(by_label["Talks"]), "PARTICIPATES_IN"
        else:
            source, target, rel = rng.choice(actors), rng.choice(actors), "ACCUSES"
        edges.append(EdgeRecord(source, target, rel, art, date=f"2025-{rng.randrange(1, 13):02d}-01",
                                sentence=f"Sentence {len(edges)} reported in {art}, with <b>markup</b> & more.",
                                language=rng.choice(("sv", "nb", "nl")), confidence=0.8))
    return nodes, edges


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--edges", type=int, default=6000)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--browser", action="store_true")
    args = parser.parse_args()
    nodes, edges = generate(args.nodes, args.edges)
    out = args.out or Path(tempfile.mkdtemp(prefix="parley-bench-")) / "view.html"
    start = time.perf_counter()
    render_view(nodes, edges, out, title="benchmark")
    elapsed = time.perf_counter() - start
    stats = view_stats(nodes, edges)
    size = out.stat().st_size / 1e6
    print(f"view of {stats.nodes} nodes, {stats.edges} drawn edges ({stats.statements} statements) "
          f"written in {elapsed:.2f} s ({size:.1f} MB) -> {out}  [target < 5 s]")
    if args.browser:
        helper = Path(__file__).resolve().parent.parent / "tests" / "chromium.py"
        spec = importlib.util.spec_from_file_location("parley_bench_chromium", helper)
        assert spec and spec.loader
        chromium = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = chromium
        spec.loader.exec_module(chromium)
        binary = chromium.find_chromium()
        if binary is None:
            print("no chromium found; skipped the browser timing")
            return 0
        browser = chromium.Chromium(binary)
        try:
            browser.call("Page.enable")
            start = time.perf_counter()
            browser.open(out, timeout=120)
            loaded = time.perf_counter() - start
            browser.wait_for("window.parleyView && window.parleyView.state.ready", timeout=600)
            ready = time.perf_counter() - start
            print(f"chromium: page loaded in {loaded:.1f} s, layout settled in {ready:.1f} s")
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
