"""``parley demo``: the seed corpus end to end, for a first look."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import click

from parley.cli.output import print_result
from parley.graph.embedded import MARKER, EmbeddedStore
from parley.graph.errors import NotAStoreError
from parley.graph.viewing import write_view
from parley.loaders.pipeline import load_articles
from parley.queries import get_query, run_query


def seed_articles_dir() -> Path:
    """The folder of seed articles shipped with the package."""
    return Path(str(resources.files("parley.seeds").joinpath("articles")))


def run_demo(db: Path, output: Path) -> None:
    """Recreate ``db`` from the seed articles, print guarantee-models and write a view."""
    if db.exists():
        if not (db / MARKER).exists() and any(db.iterdir()):
            raise NotAStoreError(f"{db} exists and is not a parley store; choose another --db")
        shutil.rmtree(db)
    with EmbeddedStore(db) as store:
        summary = load_articles(store, [seed_articles_dir()])
        click.echo(
            f"Loaded {summary.articles} seed articles: {summary.statements} statements into {db}/"
        )
        q = get_query("guarantee-models")
        print_result(run_query(store, q.name), "table", title=q.title + ": " + q.description)
        info = write_view(store, output, title="parley demo: seed corpus")
    click.echo(f"Wrote {output} ({info}).")
    click.echo("Next:")
    for command, why in [
        (f"open {output}", "the network view (works offline)"),
        ("parley query list", "the saved queries"),
        (f"parley query run common-ground --db {db}", "what Russia and Ukraine both back"),
        (f"parley query run timeline --param actor=Russia --db {db}", "Russia's stances in date order"),
        (f"parley view --model coalition_backstop --db {db} -o backstop.html", "one guarantee model"),
    ]:
        click.echo(f"  {command:<72} # {why}")
