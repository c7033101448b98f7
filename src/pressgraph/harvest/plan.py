"""Which days to harvest: a range, or from the last day held to today; one shard of it.

Days are Hong Kong days (UTC+8 all year: Hong Kong has kept no summer time since 1979).
Days after today are never asked for: their indexes do not exist yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from pressgraph.errors import UsageError
from pressgraph.model import Language
from pressgraph.shards import Shard

HONG_KONG = timezone(timedelta(hours=8), "HKT")
MAX_DAYS = 366 * 30  # a sanity bound on one range


def hong_kong_today(now: datetime | None = None) -> date:
    return (now or datetime.now(UTC)).astimezone(HONG_KONG).date()


@dataclass(frozen=True)
class Plan:
    days: tuple[date, ...]
    languages: tuple[Language, ...]
    today: date


def plan_days(*, start: date | None, end: date | None, since: date | None, today: date,
              languages: tuple[Language, ...], shard: Shard | None = None) -> Plan:
    """The days from ``start`` (or ``since``, the last day an earlier harvest reached) to
    ``end`` (default: today), no later than today, that fall in ``shard``."""
    first = start if start is not None else since
    if first is None:
        raise UsageError("give --from DATE, or --since-last in a folder an earlier harvest "
                         "wrote to")
    last = min(end or today, today)
    if end is not None and start is not None and end < start:
        raise UsageError(f"--to {end} is before --from {start}")
    if first > today:
        raise UsageError(f"{first} is after today ({today} in Hong Kong): nothing is "
                         "published for it yet")
    count = (last - first).days + 1
    if count > MAX_DAYS:
        raise UsageError(f"{count} days asked for; harvest at most {MAX_DAYS} at a time")
    days = tuple(first + timedelta(n) for n in range(max(count, 0)))
    if shard is not None:
        days = tuple(day for day in days if shard.holds_day(day))
    return Plan(days, languages, today)
