"""``--shard K/N``: a deterministic split of a command's work into N parts.

Part K of N (1 <= K <= N) takes

* an input of ``export`` or ``load`` when the SHA-256 of its key, read as a big-endian
  integer of its first eight bytes, is K - 1 modulo N. The key is the input's source URL
  when it has one (a manifest's ``url`` column, ``--source-url``), else the input's name
  as given (its path, or ``archive.tar:member``);
* a day of ``harvest`` when the day's proleptic Gregorian ordinal is K - 1 modulo N
  (consecutive days go to consecutive parts, whatever range is asked for).

Nothing depends on the machine, the process or the order of the inputs, so N jobs given
the same inputs cover each exactly once between them, and their outputs load into one
store to the graph one run gives.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from pressgraph.errors import UsageError
from pressgraph.reader import InputRef

_SHARD = re.compile(r"\s*(\d+)\s*/\s*(\d+)\s*")


@dataclass(frozen=True)
class Shard:
    """Part ``index`` (1-based) of ``count``."""

    index: int
    count: int

    def holds_key(self, key: str) -> bool:
        digest = hashlib.sha256(key.encode("utf-8")).digest()
        return int.from_bytes(digest[:8], "big") % self.count == self.index - 1

    def holds_day(self, day: date) -> bool:
        return day.toordinal() % self.count == self.index - 1

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def parse_shard(text: str) -> Shard:
    """``"2/4"`` -> ``Shard(2, 4)``; anything else is a usage error."""
    match = _SHARD.fullmatch(text)
    if not match:
        raise UsageError(f"--shard {text!r}: expected K/N, such as 1/4")
    index, count = int(match.group(1)), int(match.group(2))
    if count < 1 or not 1 <= index <= count:
        raise UsageError(f"--shard {text!r}: K must be between 1 and N (N >= 1)")
    return Shard(index, count)


def input_key(ref: InputRef) -> str:
    """What an input is split on: its source URL, else its name as given."""
    return ref.source_url or ref.source


def select_inputs(refs: Iterable[InputRef], shard: Shard | None) -> Iterator[InputRef]:
    """The inputs of ``refs`` that fall in ``shard`` (all of them without one), in order."""
    return iter(refs) if shard is None else (ref for ref in refs if shard.holds_key(input_key(ref)))
