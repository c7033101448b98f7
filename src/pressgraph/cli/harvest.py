"""``pressgraph harvest``: the Government's daily indexes in, raw release pages and a
manifest out (``docs/harvesting.md``)."""

from __future__ import annotations

import logging
import os
import sys
import time
from datetime import date

import click

from pressgraph.cli import describe_interrupt, handle_errors
from pressgraph.cli.options import shard_option
from pressgraph.errors import ExitCode, UsageError, interrupt_exit_code
from pressgraph.harvest.fetch import Fetcher, Politeness, user_agent
from pressgraph.harvest.plan import hong_kong_today, plan_days
from pressgraph.harvest.run import Harvester, HarvestSummary
from pressgraph.harvest.sources import load_sources, parse_languages
from pressgraph.harvest.store import MANIFEST, Archive
from pressgraph.model import Language
from pressgraph.shards import Shard

log = logging.getLogger("pressgraph")


def _date(_ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param=param) from None


@click.command("harvest")
@click.option("--from", "start", callback=_date, metavar="YYYY-MM-DD",
              help="First day (Hong Kong time).")
@click.option("--to", "end", callback=_date, metavar="YYYY-MM-DD",
              help="Last day, included [default: today].")
@click.option("--since-last", is_flag=True,
              help="From the last day this folder holds an index of, to today (a daily job).")
@click.option("--lang", "languages", default="en,zh-Hant,zh-Hans", show_default=True,
              help="Languages, comma-separated: en, zh-Hant, zh-Hans.")
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False),
              metavar="DIR", help="Harvest folder (created; a re-run adds what is missing).")
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help="Seconds between the end of one answer from a host and the next request "
                   "to it (robots.txt's Crawl-delay wins when longer).")
@click.option("--contact", envvar="PRESSGRAPH_CONTACT", metavar="EMAIL|URL",
              help="How the site's operators can reach you; sent in the User-Agent (and an "
                   "email in From). Also $PRESSGRAPH_CONTACT.")
@click.option("--timeout", type=click.FloatRange(0.1, 600), default=30.0, show_default=True,
              help="Seconds to wait for a server's answer.")
@click.option("--retries", type=click.IntRange(0, 10), default=4, show_default=True,
              help="Retries of a 429, a 5xx, a timeout or a dropped connection.")
@click.option("--backoff", type=click.FloatRange(min=0), default=2.0, show_default=True,
              help="Seconds before the first retry; doubled for each next one (a server's "
                   "Retry-After wins when longer).")
@shard_option
@click.option("--site", metavar="URL", help="The archive's site [default: in "
              "harvest/data/sources.toml, https://www.info.gov.hk].")
@click.option("--mirror", metavar="URL", help="The Simplified Chinese mirror's prefix "
              "[default: https://sc.isd.gov.hk/TuniS/www.info.gov.hk].")
@click.option("--today", "today_override", callback=_date, hidden=True,
              help="Take this day as today (replaying a harvest; tests).")
@click.pass_context
@handle_errors
def command(ctx: click.Context, start: date | None, end: date | None, since_last: bool,
            languages: str, output: str, delay: float, contact: str | None, timeout: float,
            retries: int, backoff: float, shard: Shard | None, site: str | None,
            mirror: str | None, today_override: date | None) -> None:
    """Fetch the press releases of days from the Government's public archive.

    For each day and language, the day's index page, then each release it lists that
    the folder does not hold yet; each stored as its bytes came, beside a manifest that
    'pressgraph export --manifest DIR/manifest.jsonl' and 'pressgraph load --manifest'
    read. Polite: robots.txt, one request at a time, --delay between requests to a host,
    retries with backoff. A re-run (or a run after a kill) fetches only what is missing,
    and today's index again (conditionally).
    """
    if since_last and start is not None:
        raise UsageError("give --from or --since-last, not both")
    if not since_last and start is None:
        raise UsageError("give --from DATE (and --to DATE), or --since-last")
    chosen: tuple[Language, ...] = parse_languages(languages)
    sources = load_sources(site=site, mirror=mirror)
    today = today_override or hong_kong_today()
    if not contact:
        log.warning("no --contact given: the site's operators cannot reach you; give an "
                    "email or URL (or set PRESSGRAPH_CONTACT)")
    politeness = Politeness(user_agent=user_agent(contact), contact=contact, delay=delay,
                            timeout=timeout, retries=retries, backoff=backoff)
    fetcher = Fetcher(politeness)
    started = time.monotonic()
    quiet = ctx.obj["quiet"]
    with Archive(output) as archive:
        since = archive.last_index_day() if since_last else None
        if since_last and since is None:
            raise UsageError("--since-last: this folder holds no earlier harvest; give --from",
                             source=output)
        plan = plan_days(start=start, end=end, since=since, today=today,
                         languages=chosen, shard=shard)

        def on_day(day: date, language: Language, count: int) -> None:
            log.info("%s %s: %d releases listed", day.isoformat(), language, count)

        harvester = Harvester(archive, fetcher, sources, today, on_day=on_day)
        try:
            summary = harvester.run(plan)
        except KeyboardInterrupt as exc:
            click.echo(f"pressgraph: {describe_interrupt(exc)} after {fetcher.requests} "
                       f"requests; {harvester.summary.stored} releases stored are kept, "
                       "nothing is half-written; run the same command to go on", err=True)
            sys.exit(interrupt_exit_code(exc))
        held = archive.state.manifest_lines
    if not quiet:
        _print_summary(summary, fetcher.requests, held, os.path.join(output, MANIFEST),
                       time.monotonic() - started)
    if summary.failed:
        sys.exit(int(ExitCode.INPUT))


def _print_summary(summary: HarvestSummary, requests: int, held: int, manifest: str,
                   seconds: float) -> None:
    click.echo(
        f"pressgraph: {summary.days} days; indexes {summary.indexes_fetched} fetched, "
        f"{summary.indexes_unchanged} unchanged, {summary.indexes_reused} held, "
        f"{summary.indexes_missing} missing; releases {summary.stored} stored, "
        f"{summary.already_held} held before, {summary.missing} missing, "
        f"{summary.refused} refused by robots.txt, {len(summary.failed)} failed; "
        f"{requests} requests; {held} releases in {manifest}; {seconds:.2f}s",
        err=True)
    for line in summary.failed:
        click.echo(f"pressgraph: not fetched (the next harvest tries again): {line}", err=True)
