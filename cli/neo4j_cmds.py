"""``parley browser``: print what to paste into Neo4j Browser (registered by ``parley.cli.main``)."""

from __future__ import annotations

from pathlib import Path

import click

from parley.cli.common import errors_as_messages, parse_params


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--style-only", is_flag=True, help="Only the :style command (paste it on its own).")
@click.option("--queries-only", is_flag=True, help="Only the :param lines and the queries (one multi-statement paste).")
@click.option("--param", "-p", "pairs", multiple=True, metavar="KEY=VALUE",
              help="Value for a :param line instead of the default. Actor values are keys (united-states), "
                   "names are slugged (Russia -> russia). Repeatable.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to FILE instead of stdout.")
@errors_as_messages
def browser_command(style_only: bool, queries_only: bool, pairs: tuple[str, ...], output: Path | None) -> None:
    """Print what to paste into Neo4j Browser: style, parameters, saved queries.

    First a `:style` command colouring and captioning each label and
    relationship type as the HTML views do: paste it alone (Browser reads
    everything after `:style` as the style sheet). Then a `:param` line per
    saved-query parameter (defaults; '' for optional ones) and every saved
    query with its description: paste them together, or the `:param` lines
    and then one query at a time. Open Browser at http://127.0.0.1:7474/browser/.
    """
    from parley.graph.browser import browser_script, queries_script, style_command

    if style_only and queries_only:
        raise click.UsageError("--style-only and --queries-only exclude each other")
    params = parse_params(pairs)
    if style_only:
        if params:
            raise click.UsageError("--param has no effect with --style-only")
        text = style_command()
    elif queries_only:
        text = queries_script(params)
    else:
        text = browser_script(params)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)


__all__ = ["browser_command"]
