"""The compiled extractor (mypyc, built by setup.py) writes exactly what its Python sources write.

Both run as a user runs them, ``parley extract`` in a fresh process; ``PARLEY_PURE=1`` makes one of
them import the sources. The inputs are the demo corpus, a held-out set in all seven languages and
generated articles, so every language's rules run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import unavailable

ROOT = Path(__file__).resolve().parent.parent


def _extract(out: Path, inputs: list[Path], *, pure: bool) -> tuple[bytes, bool]:
    env = {k: v for k, v in os.environ.items() if k != "PARLEY_PURE"}
    if pure:
        env["PARLEY_PURE"] = "1"
    code = (
        "import sys; from parley.cli.main import cli; import parley.loaders as l; "
        "print('native' if l.native() else 'pure', file=sys.stderr); cli()"
    )
    args = [sys.executable, "-c", code, "extract", *map(str, inputs), "-o", str(out)]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    return out.read_bytes(), done.stderr.startswith("native")


def test_compiled_and_pure_extractors_agree(tmp_path: Path) -> None:
    generated = tmp_path / "generated"
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "make_articles.py"), str(generated), "--per-language", "12"],
        check=True,
        capture_output=True,
    )
    inputs = [ROOT / "seeds" / "articles", ROOT / "tests" / "data" / "heldout5" / "articles", generated]
    compiled, native = _extract(tmp_path / "native.jsonl", inputs, pure=False)
    if not native:
        unavailable(
            "the compiled extractor is not built here (PARLEY_PURE set at install, no mypy at build time, "
            "or a source edited since): `pip install -e .` builds it; the parity check was SKIPPED"
        )
    pure, native = _extract(tmp_path / "pure.jsonl", inputs, pure=True)
    assert not native
    assert compiled.count(b"\n") > 500
    assert compiled == pure
