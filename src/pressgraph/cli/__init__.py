"""The ``pressgraph`` command: wires the stages together; decides exit codes.

Exit codes (also in README.md): 0 written and conforms; 1 does not conform (nothing
written for it); 2 unreadable input, bad usage, or some inputs of a batch failed;
3 internal error or broken installation; 4 written and conforms, but some release
without the facts that broke a shape (``export``); 130 interrupted (Ctrl-C), 143
terminated (SIGTERM), 129 hung up (SIGHUP).
"""

from __future__ import annotations

import io
import logging
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from pressgraph import __version__
from pressgraph.errors import (
    ExitCode,
    OutputClosedError,
    PressgraphError,
    Terminated,
    interrupt_exit_code,
)

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger("pressgraph")
VERBOSE_HELP = "More detail (warnings per release; -vv debug)."
QUIET_HELP = "Only errors."


def handle_errors(func: F) -> F:
    """Turn pressgraph errors into one-line messages and exit codes, never tracebacks."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (OutputClosedError, BrokenPipeError):  # `pressgraph ... | head`: done, quietly
            _discard_standard_output()
            sys.exit(int(ExitCode.OK))
        except PressgraphError as exc:
            click.echo(f"pressgraph: error: {exc}", err=True)
            sys.exit(int(exc.exit_code))
        except KeyboardInterrupt as exc:
            click.echo(f"pressgraph: {describe_interrupt(exc)}; no output file was changed",
                       err=True)
            sys.exit(interrupt_exit_code(exc))
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


def _discard_standard_output() -> None:
    """Point standard output at /dev/null, so that Python's last flush of it at exit does
    not fail again on the closed pipe (and print a warning, and exit 120)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass  # not a real file (a test's capture): nothing will be flushed to a pipe


def describe_interrupt(exc: KeyboardInterrupt) -> str:
    return f"terminated ({exc.name})" if isinstance(exc, Terminated) else "interrupted"


_STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP")
                      if hasattr(signal, name))


def _raise_terminated(signum: int, _frame: object) -> None:
    raise Terminated(signum)


def stop_cleanly_on_signals(ctx: click.Context) -> None:
    """Make SIGTERM and SIGHUP stop a command as Ctrl-C does (workers stopped, temporary
    files removed, one line said) instead of killing it outright; the handlers are put
    back when the command ends."""
    if threading.current_thread() is not threading.main_thread():
        return
    previous = {signum: signal.getsignal(signum) for signum in _STOP_SIGNALS}
    for signum in _STOP_SIGNALS:
        signal.signal(signum, _raise_terminated)

    def restore() -> None:
        for signum, handler in previous.items():
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)

    ctx.call_on_close(restore)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pressgraph")
@click.option("-v", "--verbose", count=True, help=VERBOSE_HELP)
@click.option("-q", "--quiet", is_flag=True, help=QUIET_HELP)
@click.pass_context
def main(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """Turn government press releases into a validated linked-open-data graph."""
    logging.basicConfig(format="pressgraph: %(levelname)s: %(message)s", stream=sys.stderr)
    ctx.ensure_object(dict)
    ctx.obj["verbose"] = 0
    ctx.obj["quiet"] = False
    _set_verbosity(ctx.obj, verbose=verbose, quiet=quiet)
    stop_cleanly_on_signals(ctx)


def _set_verbosity(obj: dict[str, Any], *, verbose: int = 0, quiet: bool = False) -> None:
    """Add to the verbosity given so far (before and after the subcommand's name)."""
    obj["verbose"] += verbose
    obj["quiet"] = obj["quiet"] or quiet
    level = logging.ERROR if obj["quiet"] else (
        logging.DEBUG if obj["verbose"] > 1 else
        logging.INFO if obj["verbose"] else logging.WARNING)
    logging.getLogger().setLevel(level)
    log.setLevel(level)


def _more_verbose(ctx: click.Context, _param: click.Parameter, value: int) -> None:
    if value:
        _set_verbosity(ctx.find_root().obj, verbose=value)


def _quieter(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        _set_verbosity(ctx.find_root().obj, quiet=True)


def _accept_global_options(command: click.Command) -> None:
    """Let ``-v`` and ``-q`` come after the subcommand too (``pressgraph export X -v``)."""
    command.params += [
        click.Option(["-v", "--verbose"], count=True, expose_value=False,
                     callback=_more_verbose, help=VERBOSE_HELP),
        click.Option(["-q", "--quiet"], is_flag=True, expose_value=False, callback=_quieter,
                     help=QUIET_HELP),
    ]
    if isinstance(command, click.Group):
        for subcommand in command.commands.values():
            _accept_global_options(subcommand)


def _register() -> None:
    from pressgraph.cli import (
        delete,
        evaluate,
        export,
        harvest,
        load,
        publish,
        query,
        registry,
        validate,
    )

    for module in (export, validate, query, load, delete, evaluate, registry, publish,
                   harvest):
        _accept_global_options(module.command)
        main.add_command(module.command)


_register()
