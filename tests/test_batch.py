"""Parallel and cached exports give the same bytes as a plain sequential one."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from click.testing import CliRunner

from pressgraph.batch import BatchSettings, RenderCache, Rendered, render_all
from pressgraph.cli import main
from pressgraph.pipeline import map_options
from pressgraph.reader import iter_inputs
from tests.conftest import CORPUS, SAMPLE


def export(tmp_path: Path, name: str, *args: str) -> bytes:
    out = tmp_path / name
    result = CliRunner().invoke(main, ["-q", "export", str(SAMPLE), str(CORPUS), "-o", str(out),
                                       *args])
    assert out.exists(), result.output
    return out.read_bytes()


def test_jobs_do_not_change_the_output(tmp_path: Path) -> None:
    for fmt in ("turtle", "nq", "json-ld"):
        one = export(tmp_path, f"one.{fmt}", "-f", fmt, "-j", "1")
        two = export(tmp_path, f"two.{fmt}", "-f", fmt, "-j", "2")
        assert one == two, fmt


def test_cache_reuses_and_invalidates(tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    settings = BatchSettings(options=map_options("https://example.org/"), fmt="nq")
    refs = list(iter_inputs([str(SAMPLE), str(CORPUS)]))
    first = list(render_all(refs, settings, cache=RenderCache(cache_dir, settings)))
    second = list(render_all(refs, settings, cache=RenderCache(cache_dir, settings)))
    rendered_first = [r for r in first if isinstance(r, Rendered)]
    rendered_second = [r for r in second if isinstance(r, Rendered)]
    assert rendered_first and not any(r.cached for r in rendered_first)
    assert all(r.cached for r in rendered_second)
    assert [r.text for r in rendered_first] == [r.text for r in rendered_second]

    changed_rules = dataclasses.replace(
        settings, options=dataclasses.replace(settings.options,
                                              versions=(("rules", "something-else"),)))
    third = list(render_all(refs, changed_rules, cache=RenderCache(cache_dir, changed_rules)))
    assert not any(isinstance(r, Rendered) and r.cached for r in third)


def test_cached_export_is_byte_identical(tmp_path: Path) -> None:
    cache_dir = str(tmp_path / "cache")
    cold = export(tmp_path, "cold.ttl", "--cache", cache_dir)
    warm = export(tmp_path, "warm.ttl", "--cache", cache_dir)
    assert cold == warm


def test_a_cache_hit_is_copied_from_disk_and_a_damaged_entry_is_a_miss(tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    settings = BatchSettings(options=map_options("https://example.org/"), fmt="nq")
    refs = list(iter_inputs([str(SAMPLE)]))
    (fresh,) = render_all(refs, settings, cache=RenderCache(cache_dir, settings))
    (hit,) = render_all(refs, settings, cache=RenderCache(cache_dir, settings))
    assert isinstance(fresh, Rendered) and isinstance(hit, Rendered)
    assert hit.cached and hit.body is not None and hit.rendered == ""
    assert hit.body.length == len(fresh.text.encode("utf-8"))
    assert hit.text == fresh.text
    assert (hit.graph_iri, hit.triples, hit.warnings) == (fresh.graph_iri, fresh.triples,
                                                          fresh.warnings)
    chunk = Path(hit.body.path)
    chunk.write_bytes(chunk.read_bytes()[:-10])  # truncated (a crash, a full disk)
    (again,) = render_all(refs, settings, cache=RenderCache(cache_dir, settings))
    assert isinstance(again, Rendered) and not again.cached and again.text == fresh.text


def test_cached_export_to_stdout_is_byte_identical(tmp_path: Path) -> None:
    cache_dir = str(tmp_path / "cache")
    args = ["-q", "export", str(SAMPLE), str(CORPUS), "-f", "nq", "--cache", cache_dir]
    cold = CliRunner().invoke(main, args)
    warm = CliRunner().invoke(main, args)
    assert cold.stdout_bytes.count(b"\n") > 1000
    assert warm.exit_code == cold.exit_code
    assert warm.stdout_bytes == cold.stdout_bytes


def test_cache_hits_are_copied_the_same_without_an_in_kernel_copy(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pressgraph import sinks

    cache_dir = str(tmp_path / "cache")
    cold = export(tmp_path, "cold.ttl", "--cache", cache_dir)
    monkeypatch.setattr(sinks, "_COPY_FILE_RANGE", None)  # as on a system without it
    warm = export(tmp_path, "warm.ttl", "--cache", cache_dir)
    assert cold == warm and cold.count(b"\n") > 1000
