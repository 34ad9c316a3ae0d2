"""Articles to graph in one call: read, extract, load. What ``parley load PATH`` and the demo run."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from parley.graph.load import Curated, LoadSummary, Skipped, load_bundles
from parley.graph.records import Bundle
from parley.graph.store import Store


def load_articles(
    store: Store,
    paths: Iterable[Path | str],
    *,
    workers: int = 1,
    batch_size: int = 250,
    curated: Sequence[Curated] = (),
    progress: Callable[[int], None] | None = None,
) -> LoadSummary:
    """Extract statements from article files and load them; unreadable inputs are reported, not fatal."""
    from parley.loaders.extract import extract_paths

    skipped: list[Skipped] = []
    warnings: list[tuple[str, str]] = []

    def bundles() -> Iterator[Bundle]:
        for item in extract_paths(list(paths), workers=workers):
            if isinstance(item, Bundle):
                warnings.extend((item.article.source or item.article.id, w) for w in item.warnings)
                yield item
            else:
                skipped.append(Skipped(item.input, item.message, "input"))

    summary = load_bundles(store, bundles(), batch_size=batch_size, curated=curated, progress=progress)
    summary.skipped[:0] = skipped
    summary.warnings[:0] = warnings
    return summary
