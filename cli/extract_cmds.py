"""``parley extract`` and ``parley eval``: thin wrappers over parley.loaders.extract / evaluate."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from parley.graph.errors import ParleyError
from parley.graph.records import write_jsonl

err = Console(stderr=True, highlight=False, soft_wrap=True)


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table"]),
    default="jsonl",
    show_default=True,
    help="jsonl: the interchange format of SPEC.md; table: statements for people.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write here instead of standard output.",
)
@click.option("--workers", type=click.IntRange(1, 256), default=1, show_default=True, help="Extraction processes.")
@click.option("--strict", is_flag=True, help="Exit non-zero when any input could not be read.")
def extract_command(paths: tuple[Path, ...], fmt: str, output: Path | None, workers: int, strict: bool) -> None:
    """Extract actors and stances from articles (files, folders, JSON Lines) into statements."""
    from parley.loaders.extract import extract_all

    try:
        result = extract_all(list(paths), workers=workers)
    except ParleyError as exc:
        raise click.ClickException(str(exc)) from exc
    for p in result.problems:
        err.print(f"skipped {p.input}: {p.message}", markup=False)
    for source, message in result.warnings:
        err.print(f"warning {source}: {message}", markup=False)
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        if fmt == "jsonl":
            write_jsonl(result.records(), out)
        else:
            names = {n.id: n.name for n in result.nodes}
            table = Table(title=f"{len(result.edges)} statements from {len(result.articles)} articles")
            for col in ("article", "subject", "relation", "object", "conf", "sentence"):
                table.add_column(col, overflow="fold")
            for e in result.edges:
                table.add_row(
                    e.article,
                    names.get(e.source, e.source),
                    e.type + (f" ({e.role})" if e.role else ""),
                    names.get(e.target, e.target),
                    f"{e.confidence:.2f}",
                    (e.sentence or "")[:160],
                )
            Console(file=out, width=200 if output else None).print(table)
    finally:
        if output:
            out.close()
    if not result.articles:
        raise click.ClickException("no article could be read")
    if strict and result.problems:
        raise click.ClickException(f"{len(result.problems)} input(s) could not be read (--strict)")


@click.command("eval")
@click.option(
    "--gold",
    "gold",
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Gold folder: one <article id>.yaml per article, actors.yaml here or in the parent.",
)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--workers", type=click.IntRange(1, 256), default=1, show_default=True, help="Extraction processes.")
@click.option("--details/--no-details", default=True, show_default=True, help="List misses and spurious edges.")
def eval_command(gold: Path, inputs: tuple[Path, ...], workers: int, details: bool) -> None:
    """Score an extraction (EXTRACTION.jsonl, or articles extracted now) against gold annotations."""
    from parley.loaders.evaluate import evaluate_inputs

    try:
        report, problems = evaluate_inputs(gold, list(inputs), workers=workers)
    except ParleyError as exc:
        raise click.ClickException(str(exc)) from exc
    for p in problems:
        err.print(f"skipped {p}", markup=False)
    console = Console(highlight=False, soft_wrap=True, width=max(Console().width, 100))
    table = Table(title="Extraction quality against " + str(gold))
    for col in ("article", "stmt P", "stmt R", "stmt F1", "actor P", "actor R", "actor F1"):
        table.add_column(col, justify="left" if col == "article" else "right", no_wrap=True)

    def row(name: str, st: object, ac: object) -> list[str]:
        return [name, *(f"{getattr(s, a):.2f}" for s in (st, ac) for a in ("precision", "recall", "f1"))]

    for a in report.articles:
        table.add_row(*row(a.article, a.statements, a.actors))
    table.add_section()
    table.add_row(*row("overall (micro)", report.statements, report.actors), style="bold")
    console.print(table)
    if details:
        for a in report.articles:
            for m in a.misses:
                console.print(f"[red]miss[/red] {a.article}: {m}", markup=True)
            for s in a.spurious:
                console.print(f"[yellow]spurious[/yellow] {a.article}: ", markup=True, end="")
                console.print(s, markup=False)
            for x in a.missing_actors:
                console.print(f"[red]missing actor[/red] {a.article}: {x}")
            for x in a.extra_actors:
                console.print(f"[yellow]extra actor[/yellow] {a.article}: ", end="")
                console.print(x, markup=False)
    for u in report.unscored:
        err.print(f"not scored: {u}", markup=False)
