"""The ``parley`` command: each subcommand parses options and calls one library function."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from parley.cli.common import errors_as_messages, open_store, parse_params, store_options, store_opts
from parley.cli.output import FORMATS, print_result, print_table
from parley.graph.errors import ParleyError
from parley.graph.load import LoadSummary, read_curated

err = Console(stderr=True, highlight=False, soft_wrap=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="parley-graph", prog_name="parley")
def cli() -> None:
    """parley: graphs of negotiation positions from news articles.

    Articles in sv, nb, da, nl, en, de and fr become a graph of who demands,
    proposes, supports, rejects or guarantees which proposal, each statement
    tied to its sentence and article. Start with `parley demo`.
    """


# ---------------------------------------------------------------- loading


def _print_summary(summary: LoadSummary, where: str) -> None:
    rows = [
        ["articles", str(summary.articles_added), str(summary.articles_replaced), str(summary.articles_unchanged)],
        ["statements", str(summary.statements_added), str(summary.statements_replaced),
         str(summary.statements_unchanged)],
    ]
    print_table(["loaded into " + where, "added", "replaced", "unchanged"], rows)
    extra = [f"nodes written: {summary.nodes_written}"]
    if summary.curated_statements or summary.suppressed:
        extra.append(f"curated statements: {summary.curated_statements}, suppressions: {summary.suppressed}")
    click.echo("; ".join(extra))
    for s in summary.skipped:
        err.print(f"skipped {s.input}: {s.reason}", markup=False)
    for source, message in summary.warnings:
        err.print(f"warning {source}: {message}", markup=False)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--statements", "statement_files", multiple=True, type=click.Path(path_type=Path),
              help="Load a JSON Lines interchange file (from `parley extract` or another tool). Repeatable.")
@click.option("--curated", "curated_files", multiple=True, type=click.Path(path_type=Path), envvar="PARLEY_CURATED",
              help="Analyst-coded statements and suppressions (YAML), applied after the articles. Repeatable; "
                   "also $PARLEY_CURATED. Give it on every load so suppressions keep applying.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes used for extraction.")
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=250, show_default=True,
              help="Articles written per transaction.")
@click.option("--strict", is_flag=True, help="Exit 1 when any article input could not be read.")
@store_options
def load(paths: tuple[Path, ...], statement_files: tuple[Path, ...], curated_files: tuple[Path, ...],
         workers: int, batch_size: int, strict: bool, **kwargs: Any) -> None:
    """Load articles (extracting their statements) and/or interchange files into the store.

    Loading is idempotent: an unchanged article is skipped, a changed one has
    its statements replaced in one transaction. Every skipped input or record
    is named and the rest is loaded. Exit status 1 when a JSON Lines record was
    malformed, an article could not be stored, nothing could be loaded, or (with
    --strict) an article file could not be read.
    """
    if not paths and not statement_files and not curated_files:
        raise click.UsageError("give article PATHs, --statements FILE or --curated FILE")
    opts = store_opts(kwargs)
    try:
        curated = [read_curated(p) for p in curated_files]
    except ParleyError as exc:
        raise click.ClickException(str(exc)) from exc
    with open_store(opts) as store:
        summary = LoadSummary()
        try:
            for f in statement_files:
                from parley.graph.load import load_statements_file

                summary.merge(load_statements_file(store, f, batch_size=batch_size))
            if paths:
                summary.merge(_load_articles(store, paths, workers, batch_size))
            if curated:
                from parley.graph.load import apply_curated

                for c in curated:
                    summary.merge(apply_curated(store, c))
        except ParleyError as exc:
            raise click.ClickException(str(exc)) from exc
        _print_summary(summary, store.describe())
    kinds = {s.kind for s in summary.skipped}
    nothing = summary.skipped and summary.articles == 0 and summary.curated_statements == 0
    if "record" in kinds or "article" in kinds or nothing or (strict and "input" in kinds):
        sys.exit(1)


def _load_articles(store: Any, paths: tuple[Path, ...], workers: int, batch_size: int) -> LoadSummary:
    from parley.loaders.pipeline import load_articles

    with Progress(TextColumn("loading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("load", total=None)
        return load_articles(store, paths, workers=workers, batch_size=batch_size,
                             progress=lambda n: bar.advance(task, n))


# ---------------------------------------------------------------- queries


@cli.group()
def query() -> None:
    """List, show and run saved queries (queries/*.cypher)."""


@query.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def query_list(fmt: str) -> None:
    """List the saved queries with their parameters."""
    from parley.queries import saved_queries

    qs = list(saved_queries().values())
    if fmt == "json":
        click.echo(json.dumps([{k: v for k, v in q.to_dict().items() if k != "title"} | {"title": q.title}
                               for q in qs], indent=2))
        return
    print_table(["name", "params", "description"],
                [[q.name, ", ".join(p.describe() for p in q.params), q.description] for q in qs])


@query.command("show")
@click.argument("name")
@errors_as_messages
def query_show(name: str) -> None:
    """Print a saved query's header and Cypher."""
    from parley.queries import get_query

    q = get_query(name)
    click.echo(f"// name: {q.name}\n// title: {q.title}\n// description: {q.description}")
    click.echo("// params: " + ", ".join(p.describe() for p in q.params))
    click.echo(q.text, nl=False)


@query.command("run")
@click.argument("name")
@click.option("--param", "-p", "pairs", multiple=True, metavar="KEY=VALUE", help="A query parameter. Repeatable.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@store_options
def query_run(name: str, pairs: tuple[str, ...], fmt: str, **kwargs: Any) -> None:
    """Run a saved query, e.g. `parley query run demands --param actor=Russia`."""
    from parley.queries import get_query, run_query

    opts = store_opts(kwargs)
    params = parse_params(pairs)
    try:
        q = get_query(name)
    except ParleyError as exc:
        raise click.ClickException(str(exc)) from exc
    with open_store(opts, create=False) as store:
        try:
            result = run_query(store, name, params)
        except ParleyError as exc:
            raise click.ClickException(str(exc)) from exc
    print_result(result, fmt, title=q.title)


@cli.command()
@click.argument("text")
@click.option("--param", "-p", "pairs", multiple=True, metavar="KEY=VALUE",
              help="A string parameter ($KEY in the query). Repeatable.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@store_options
def cypher(text: str, pairs: tuple[str, ...], fmt: str, **kwargs: Any) -> None:
    """Run an ad-hoc, read-only Cypher query. Writes are refused."""
    from parley.queries.adhoc import run_read_only

    opts = store_opts(kwargs)
    params = parse_params(pairs)
    with open_store(opts, create=False) as store:
        try:
            result = run_read_only(store, text, params)
        except ParleyError as exc:
            raise click.ClickException(str(exc)) from exc
    print_result(result, fmt)


# ---------------------------------------------------------------- the graph


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@store_options
def stats(fmt: str, **kwargs: Any) -> None:
    """Count nodes per label and relationships per type."""
    with open_store(store_opts(kwargs), create=False) as store:
        try:
            counts = store.counts()
        except ParleyError as exc:
            raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps(counts, indent=2))
    else:
        print_table(["label or type", "count"], [[k, str(v)] for k, v in counts.items()])


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["graphml", "json", "csv"]), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="File (graphml, json) or directory (csv: nodes.csv and edges.csv). Default: stdout for json.")
@click.option("--mentions/--no-mentions", default=False, help="Include MENTIONS edges.")
@store_options
def export(fmt: str, output: Path | None, mentions: bool, **kwargs: Any) -> None:
    """Export the whole graph as GraphML, JSON or CSV."""
    from parley.graph.export import export as do_export

    if output is None and fmt != "json":
        raise click.UsageError(f"--format {fmt} needs -o/--output")
    with open_store(store_opts(kwargs), create=False) as store:
        try:
            nodes, edges = store.dump(mentions=mentions)
            do_export(nodes, edges, fmt, output if output is not None else sys.stdout)
        except ParleyError as exc:
            raise click.ClickException(str(exc)) from exc
    if output is not None:
        err.print(f"wrote {fmt} to {output} ({len(nodes)} nodes, {len(edges)} edges)", markup=False)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--top", type=click.IntRange(1, 10_000), default=15, show_default=True, help="Actors to list.")
@store_options
def analyze(fmt: str, top: int, **kwargs: Any) -> None:
    """Actor centrality and coalitions (communities of actors that share stances)."""
    from parley.graph.analysis import analyze as do_analyze

    with open_store(store_opts(kwargs), create=False) as store:
        try:
            report = do_analyze(*store.dump())
        except ParleyError as exc:
            raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
        return
    report.print(top=top)


@cli.command()
@click.option("--query", "query_name", default=None, help="Show the nodes a saved query returns and their statements.")
@click.option("--param", "-p", "pairs", multiple=True, metavar="KEY=VALUE", help="Parameters for --query.")
@click.option("--actor", default=None, help="An actor (key, name or alias) and its neighbourhood.")
@click.option("--topic", default=None, help="Proposals with this topic tag and the actors around them.")
@click.option("--model", default=None, help="Security-guarantee model (e.g. coalition_backstop).")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("parley-view.html"), show_default=True)
@click.option("--title", default="parley", show_default=True, help="Page title.")
@store_options
def view(query_name: str | None, pairs: tuple[str, ...], actor: str | None, topic: str | None, model: str | None,
         output: Path, title: str, **kwargs: Any) -> None:
    """Write an interactive HTML network view (offline, one file)."""
    from parley.graph.viewing import write_view

    with open_store(store_opts(kwargs), create=False) as store:
        try:
            info = write_view(store, output, query=query_name, params=parse_params(pairs), actor=actor, topic=topic,
                              model=model, title=title)
        except ParleyError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(f"wrote {output} ({info})")


@cli.command()
@click.option("--db", type=click.Path(path_type=Path), default=Path("parley-demo"), show_default=True,
              help="Store directory for the demo (recreated each run).")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("parley-view.html"), show_default=True)
def demo(db: Path, output: Path) -> None:
    """Build a fresh store from the seed articles, print guarantee-models, write a view."""
    from parley.cli.demo import run_demo

    try:
        run_demo(db, output)
    except ParleyError as exc:
        raise click.ClickException(str(exc)) from exc


from parley.cli.extract_cmds import eval_command, extract_command  # noqa: E402
from parley.cli.neo4j_cmds import browser_command  # noqa: E402

cli.add_command(extract_command, "extract")
cli.add_command(eval_command, "eval")
cli.add_command(browser_command, "browser")

__all__ = ["cli"]
