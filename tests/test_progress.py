"""The progress line: on a terminal only, with releases/s and, when the total is known,
an ETA."""

from __future__ import annotations

import importlib
import io

import pytest

from pressgraph.cli.progress import Progress

progress_module = importlib.import_module("pressgraph.cli.progress")


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def on_terminal(monkeypatch: pytest.MonkeyPatch) -> FakeTerminal:
    """Standard error as a terminal, outside CI (called in the test itself: pytest's
    output capture puts its own standard error back after fixtures run)."""
    fake = FakeTerminal()
    monkeypatch.setattr(progress_module.sys, "stderr", fake)
    monkeypatch.delenv("CI", raising=False)
    return fake


def test_a_known_total_gives_an_eta(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = on_terminal(monkeypatch)
    progress = Progress(total=10, interval=0.0)
    assert progress.enabled
    progress.tick()
    line = terminal.getvalue()
    assert "1 releases" in line and "/s" in line and "ETA" in line
    progress.done()
    assert terminal.getvalue().endswith("\r\033[K")


def test_an_unknown_total_gives_the_rate_only(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = on_terminal(monkeypatch)
    progress = Progress(total=None, interval=0.0)
    progress.tick()
    assert "/s" in terminal.getvalue() and "ETA" not in terminal.getvalue()


def test_nothing_is_drawn_in_ci_or_in_a_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = on_terminal(monkeypatch)
    monkeypatch.setenv("CI", "true")
    progress = Progress(total=3, interval=0.0)
    progress.tick()
    assert not progress.enabled and terminal.getvalue() == ""
    monkeypatch.setattr(progress_module.sys, "stderr", io.StringIO())
    monkeypatch.delenv("CI")
    assert not Progress(total=3).enabled
