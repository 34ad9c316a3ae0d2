"""Build hook: compile the extractor's hot modules to C with mypyc, so one core reads 200+ articles/s.

Everything else about the distribution is in pyproject.toml. The compiled modules behave exactly
like their Python sources (tests/test_native.py checks that both give the same output); the sources
ship beside them and are used where no compiler is at hand or ``PARLEY_PURE=1`` is set at install
time. mypyc needs the modules under their real names (``parley.loaders.extract``), but the source
tree maps ``loaders/`` to ``parley.loaders``; so the sources are staged under build/ as a ``parley``
package first, and only the C it generates is built into the extensions.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from setuptools import setup

ROOT = Path(__file__).resolve().parent
LAYERS = ("loaders", "graph", "queries", "cli", "seeds")
# the modules that run once per sentence or token; the rest run once per file or command
HOT = ("wordspec", "sentences", "codebook", "extract")


def _native_extensions() -> list:
    if os.environ.get("PARLEY_PURE", "") not in ("", "0"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:  # no mypy at build time: the pure-Python modules are used
        print("parley: mypy not installed; building the pure-Python extractor", file=sys.stderr)
        return []
    stage = ROOT / "build" / "mypyc-src"
    shutil.rmtree(stage, ignore_errors=True)
    (stage / "parley").mkdir(parents=True)
    (stage / "parley" / "__init__.py").write_text("")
    for layer in LAYERS:
        shutil.copytree(ROOT / layer, stage / "parley" / layer, ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    paths = [str((stage / "parley" / "loaders" / f"{name}.py").relative_to(ROOT)) for name in HOT]
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        extensions = mypycify(
            [*paths, "--ignore-missing-imports"],
            group_name="parley.loaders._native",
            target_dir=str(Path("build") / "mypyc-c"),
        )
    except (Exception, SystemExit) as exc:  # mypy found an error it did not find in CI: stay pure, say so
        print(f"parley: mypyc could not compile the extractor ({exc}); building it pure-Python", file=sys.stderr)
        return []
    finally:
        os.chdir(cwd)
    for ext in extensions:
        ext.optional = True  # a compiler error leaves the pure-Python modules in charge, never a failed install
    return extensions


setup(ext_modules=_native_extensions())
