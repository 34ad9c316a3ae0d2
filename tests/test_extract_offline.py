"""Extraction runs with networking disabled, and the seed corpus stays above the acceptance thresholds."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from parley.loaders.evaluate import evaluate_inputs

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds" / "articles"
GOLD = Path(os.environ.get("PARLEY_GOLD", ROOT.parent / "shared" / "gold" / "seeds"))


def test_extraction_without_network(tmp_path: Path) -> None:
    """A fresh interpreter whose sockets all raise still extracts (no model download, no lookups)."""
    (tmp_path / "sitecustomize.py").write_text(
        textwrap.dedent("""
        import socket
        class _NoNet(socket.socket):
            def __init__(self, *a, **k):
                raise OSError("network disabled for this test")
        socket.socket = _NoNet
        socket.create_connection = lambda *a, **k: (_ for _ in ()).throw(OSError("network disabled"))
    """),
        encoding="utf-8",
    )
    code = textwrap.dedent(f"""
        import socket
        try:
            socket.socket()
        except OSError:
            pass
        else:
            raise SystemExit("sockets were not disabled")
        from parley.loaders.extract import extract_all
        res = extract_all([{str(SEEDS)!r}])
        assert len(res.articles) == 5, res.problems
        assert len(res.edges) > 40
        print("ok", len(res.edges))
    """)
    env = {**os.environ, "PYTHONPATH": str(tmp_path) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("ok")


def test_seed_corpus_quality() -> None:
    if not GOLD.is_dir():  # pragma: no cover - the gold lives beside the checkout
        import pytest

        pytest.skip(f"no gold at {GOLD}")
    report, problems = evaluate_inputs(GOLD, [SEEDS])
    assert report.statements.f1 >= 0.80, report.as_dict()
    assert report.actors.f1 >= 0.90, report.as_dict()
    assert len(report.articles) == 5


def test_workers_give_the_same_bundles_in_the_same_order(tmp_path: Path) -> None:
    from parley.graph.records import Bundle
    from parley.loaders.extract import extract_paths

    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02\x03 binary")

    def run(workers: int) -> list[object]:
        return [
            b.digest() if isinstance(b, Bundle) else (b.input, b.message)
            for b in extract_paths([SEEDS, bad], workers=workers)
        ]

    one, two = run(1), run(2)
    assert one == two and len(one) == 6
