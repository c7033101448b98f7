"""The ``pressgraph`` command: wires the stages together; decides exit codes.

Exit codes (also in README.md): 0 written and conforms; 1 does not conform (nothing
written for it); 2 unreadable input, bad usage, or some inputs of a batch failed;
3 internal error or broken installation; 4 written and conforms, but some release
without the facts that broke a shape (``export``).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from pressgraph import __version__
from pressgraph.errors import ExitCode, PressgraphError

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger("pressgraph")


def handle_errors(func: F) -> F:
    """Turn pressgraph errors into one-line messages and exit codes, never tracebacks."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except PressgraphError as exc:
            click.echo(f"pressgraph: error: {exc}", err=True)
            sys.exit(int(exc.exit_code))
        except KeyboardInterrupt:
            click.echo("pressgraph: interrupted; no output was changed", err=True)
            sys.exit(130)
        except (click.ClickException, click.exceptions.Exit, SystemExit):
            raise
        except Exception as exc:  # a bug: say so plainly, keep the details for -v
            click.echo(f"pressgraph: internal error: {type(exc).__name__}: {exc}", err=True)
            if log.isEnabledFor(logging.DEBUG):
                traceback.print_exc()
            else:
                click.echo("pressgraph: run again with -v for the traceback; please report it",
                           err=True)
            sys.exit(int(ExitCode.INTERNAL))

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pressgraph")
@click.option("-v", "--verbose", count=True, help="More detail (warnings per release; -vv debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
@click.pass_context
def main(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """Turn government press releases into a validated linked-open-data graph."""
    level = logging.ERROR if quiet else (logging.DEBUG if verbose > 1 else
                                         logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(level=level, format="pressgraph: %(levelname)s: %(message)s",
                        stream=sys.stderr)
    log.setLevel(level)
    ctx.ensure_object(dict)
    ctx.obj["verbose"] = verbose
    ctx.obj["quiet"] = quiet


def _register() -> None:
    from pressgraph.cli import (
        delete,
        evaluate,
        export,
        load,
        publish,
        query,
        registry,
        validate,
    )

    for module in (export, validate, query, load, delete, evaluate, registry, publish):
        main.add_command(module.command)


_register()
