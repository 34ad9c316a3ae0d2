"""Printing query results as a table, JSON or CSV: shared by every command that prints rows."""

from __future__ import annotations

import csv
import json
import sys
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from parley.graph.store import Result

FORMATS = ("table", "json", "csv")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def print_result(result: Result, fmt: str = "table", *, title: str | None = None, out: TextIO | None = None) -> None:
    """Print rows: ``table`` for people, ``json`` (an array of row objects) and ``csv`` for tools."""
    out = out or sys.stdout
    if fmt == "json":
        json.dump(result.dicts(), out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow([_cell(v) for v in row])
    else:
        print_table(result.columns, [[_cell(v) for v in row] for row in result.rows], title=title, out=out)


def print_table(
    columns: list[str], rows: list[list[str]], *, title: str | None = None, out: TextIO | None = None
) -> None:
    """A rich table; markup in cells is printed literally (article text is data)."""
    stream = out or sys.stdout
    # on a terminal, fit the screen; into a pipe or file, never fold a cell (tools and tests read it)
    width = Console().width if stream.isatty() else 100_000
    console = Console(file=stream, soft_wrap=False, width=width)
    table = Table(title=title, show_lines=False, highlight=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(c.replace("[", r"\[") for c in row))
    console.print(table)
    if not rows:
        console.print("(no rows)")
