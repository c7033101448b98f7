"""``pressgraph evaluate``: score the pipeline against gold facts, field by field."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pressgraph.cli import handle_errors
from pressgraph.cli.options import base_option
from pressgraph.evaluate import check_targets, evaluate_corpus, format_table, load_targets, to_json
from pressgraph.evaluation.records import evaluate_records


@click.command("evaluate")
@click.argument("corpus_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--gold", "gold_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Directory of gold JSON files, one per input at the same relative path.")
@click.option("--records", "records_path", type=click.Path(dir_okay=False, path_type=Path),
              help="A records file (JSON lines, gold inside; see evaluation/real/README.md); "
                   "CORPUS_DIR then holds the texts as <id>.txt.")
@click.option("--split", type=click.Choice(["dev", "test"]),
              help="With --records: score only the records of this split.")
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "json"]), help="Plain table, or JSON for machines.")
@click.option("--check", is_flag=True,
              help="Exit with status 1 when a field's F1 is below its target.")
@click.option("--targets", "targets_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Targets file (default: the shipped data/evaluation-targets.json).")
@click.option("--misses/--no-misses", default=True, show_default=True,
              help="List every miss (file, field, expected, got) in the table.")
@click.option("--validate/--no-validate", "do_validate", default=True, show_default=True,
              help="Score only graphs that conform to the shapes, as export writes only those.")
@base_option
@click.pass_context
@handle_errors
def command(ctx: click.Context, corpus_dir: Path, gold_dir: Path | None,
            records_path: Path | None, split: str | None, fmt: str, check: bool,
            targets_path: Path | None, misses: bool, do_validate: bool, base: str) -> None:
    """Run the pipeline on every release in CORPUS_DIR and score it against --gold (a
    directory of gold files) or --records (a records file of real releases).

    Prints precision, recall and F1 per field over the corpus and per group of inputs
    (en, zh, html, non-meeting, awkward), with --records also per split, language, form,
    five-year band and kind, the targets, and the list of misses.
    """
    if (gold_dir is None) == (records_path is None):
        raise click.UsageError("give exactly one of --gold DIR and --records FILE")
    if split is not None and records_path is None:
        raise click.UsageError("--split goes with --records")
    targets = load_targets(targets_path)
    if records_path is not None:
        report = evaluate_records(corpus_dir, records_path, split=split, base=base,
                                  validate_graph=do_validate)
    else:
        assert gold_dir is not None
        report = evaluate_corpus(corpus_dir, gold_dir, base=base, validate_graph=do_validate)
    results = check_targets(report, targets)
    if fmt == "json":
        click.echo(to_json(report, results), nl=False)
    else:
        click.echo(format_table(report, results, show_misses=misses), nl=False)
    if check and not all(r.met for r in results):
        below = sum(1 for r in results if not r.met)
        click.echo(f"pressgraph: {below} target(s) not met", err=True)
        sys.exit(1)
