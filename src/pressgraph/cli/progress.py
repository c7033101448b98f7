"""A progress line with releases/s and an ETA, on a terminal only (never in pipes or CI)."""

from __future__ import annotations

import os
import sys
import time


class Progress:
    def __init__(self, *, enabled: bool = True, total: int | None = None,
                 interval: float = 0.5):
        self.enabled = enabled and sys.stderr.isatty() and os.environ.get("CI") != "true"
        self.total = total
        self.interval = interval
        self.count = 0
        self.started = time.monotonic()
        self._last = 0.0

    def tick(self) -> None:
        self.count += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = self.count / elapsed
        line = f"{self.count:,} releases  {rate:,.0f}/s  {elapsed:,.0f}s"
        if self.total and rate > 0:
            line += f"  ETA {(self.total - self.count) / rate:,.0f}s"
        sys.stderr.write("\r" + line + "\033[K")
        sys.stderr.flush()

    def done(self) -> None:
        if self.enabled and self.count:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
