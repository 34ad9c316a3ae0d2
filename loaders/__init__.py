"""Reading articles and extracting actors and stances from them.

The modules that run per sentence (``wordspec``, ``sentences``, ``codebook``, ``extract``) are
compiled with mypyc when the package is built (see setup.py). In a source checkout the compiled
files sit beside their sources; once a source is edited they would run stale code, so then, or
when ``PARLEY_PURE=1`` is set, all four are imported from their Python sources instead.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from pathlib import Path

HOT_MODULES = ("wordspec", "sentences", "codebook", "extract")
_HERE = Path(__file__).resolve().parent


def _compiled(name: str) -> Path | None:
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = _HERE / f"{name}{suffix}"
        if path.exists():
            return path
    return None


def _why_pure() -> str | None:
    """Why compiled modules that are here must not be used, or None when they may be (or none are here)."""
    built = {name: _compiled(name) for name in HOT_MODULES}
    if not any(built.values()):
        return None
    if os.environ.get("PARLEY_PURE", "") not in ("", "0"):
        return "PARLEY_PURE is set"
    if not (_HERE.parent / "pyproject.toml").exists():
        return None  # an installed wheel: sources and compiled modules come from one build
    for name, compiled in built.items():
        if compiled is not None and (_HERE / f"{name}.py").stat().st_mtime > compiled.stat().st_mtime:
            return f"loaders/{name}.py changed after it was compiled; `pip install -e .` compiles it again"
    return None


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Finds the hot modules' Python sources before the import system finds their compiled files."""

    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        prefix, _, name = fullname.rpartition(".")
        if prefix != __name__ or name not in HOT_MODULES:
            return None
        return importlib.util.spec_from_file_location(fullname, _HERE / f"{name}.py")


def native() -> bool:
    """Whether the extractor runs compiled (the benchmarks print it; tests/test_native.py checks it)."""
    module = importlib.import_module(f"{__name__}.extract")
    return not str(getattr(module, "__file__", "")).endswith(".py")


_reason = _why_pure()
if _reason is not None:
    if not _reason.startswith("PARLEY_PURE"):
        warnings.warn(f"parley: running the extractor from its Python sources: {_reason}", stacklevel=2)
    sys.meta_path.insert(0, _SourceFinder())
