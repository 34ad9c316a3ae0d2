"""Batches in flight: the next batch is planned while one is written; results are as if one by one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from parley.graph.load import load_bundles
from parley.graph.records import Bundle
from parley.graph.synthetic import generate_bundles

from .test_load import stance_count


def test_an_article_in_two_consecutive_batches_ends_as_its_last_version(store):
    first = generate_bundles(6, statements_per_article=4)
    changed = generate_bundles(6, statements_per_article=4)[2]
    changed.edges = changed.edges[:1]
    later = generate_bundles(9, statements_per_article=4)[6:]
    summary = load_bundles(store, [*first[:3], changed, *later, *first[3:]], batch_size=3)
    assert (summary.articles_added, summary.articles_replaced, summary.statements_replaced) == (9, 1, 1)
    assert stance_count(store, changed.article.id) == 1
    assert store.counts()["Article"] == 9


def test_failing_input_keeps_the_batches_read_before_it(store):
    def bundles() -> Iterator[Bundle]:
        yield from generate_bundles(6, statements_per_article=3)
        raise RuntimeError("the input broke")

    with pytest.raises(RuntimeError, match="the input broke"):
        load_bundles(store, bundles(), batch_size=3)
    assert store.counts()["Article"] == 6
    assert all(stance_count(store, b.article.id) == 3 for b in generate_bundles(6, statements_per_article=3))


def test_progress_is_reported_once_per_batch_after_it_is_written(store):
    seen: list[tuple[int, int]] = []
    load_bundles(store, generate_bundles(7, statements_per_article=2), batch_size=3,
                 progress=lambda n: seen.append((n, store.counts()["Article"])))
    assert seen == [(3, 3), (3, 6), (1, 7)]
