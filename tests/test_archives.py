"""Releases read from zip and tar archives without unpacking, in a stable order."""

from __future__ import annotations

import tarfile
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from pressgraph.cli import main
from pressgraph.errors import InputError
from pressgraph.reader import MAX_BYTES, iter_inputs
from tests.conftest import CORPUS, SAMPLE

RELEASES = [SAMPLE, CORPUS / "en-2025-10-meeting-expert-group-informatisation.txt"]


def make_tar(path: Path, mode: str = "w:gz") -> Path:
    with tarfile.open(path, mode) as archive:
        for release in RELEASES:
            archive.add(release, arcname=f"releases/{release.name}")
    return path


def make_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for release in RELEASES:
            archive.write(release, arcname=f"releases/{release.name}")
        archive.writestr("releases/notes.md", "not a release")
    return path


@pytest.mark.parametrize("maker", [make_tar, make_zip], ids=["tar.gz", "zip"])
def test_archive_gives_the_same_graph_as_the_files(tmp_path: Path, maker) -> None:
    archive = maker(tmp_path / ("a.tar.gz" if maker is make_tar else "a.zip"))
    refs = list(iter_inputs([str(archive)]))
    assert [r.source.split("!")[1] for r in refs] == [f"releases/{r.name}" for r in RELEASES]
    from_files, from_archive = tmp_path / "files.nq", tmp_path / "archive.nq"
    runner = CliRunner()
    assert runner.invoke(main, ["export", *map(str, RELEASES), "-f", "nq", "-o",
                                str(from_files)]).exit_code == 0
    assert runner.invoke(main, ["export", str(archive), "-f", "nq", "-o",
                                str(from_archive)]).exit_code == 0
    assert from_files.read_bytes() == from_archive.read_bytes()


def test_truncated_archive_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    archive = make_tar(tmp_path / "a.tar.gz")
    damaged = tmp_path / "damaged.tar.gz"
    damaged.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    out = tmp_path / "out.nq"
    result = CliRunner().invoke(main, ["export", str(damaged), str(SAMPLE), "-f", "nq",
                                       "-o", str(out)])
    assert result.exit_code == 2
    assert "damaged.tar.gz" in result.output and "Traceback" not in result.output
    assert out.exists()


def test_oversized_member_is_refused_before_reading(tmp_path: Path) -> None:
    archive = tmp_path / "big.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as handle:
        handle.writestr("big.txt", b"a" * (MAX_BYTES + 1))
    [ref] = list(iter_inputs([str(archive)]))
    assert ref.data is None and ref.error and ref.source.endswith("!big.txt")
    with pytest.raises(InputError) as raised:
        ref.read_bytes()
    assert str(raised.value).count("big.txt") == 1 and "bytes" in str(raised.value)


def test_missing_input_does_not_stop_the_others(tmp_path: Path) -> None:
    out = tmp_path / "out.ttl"
    result = CliRunner().invoke(main, ["export", "no/such.txt", str(SAMPLE), "-o", str(out)])
    assert result.exit_code == 2 and "no such file" in result.output
    assert out.exists()


def test_count_inputs_agrees_with_iter_inputs_where_counting_is_cheap(tmp_path: Path) -> None:
    from pressgraph.reader import count_inputs

    zipped = make_zip(tmp_path / "a.zip")
    (tmp_path / "dir" / ".hidden").mkdir(parents=True)
    (tmp_path / "dir" / "one.txt").write_text("x", encoding="utf-8")
    (tmp_path / "dir" / "two.HTML").write_text("x", encoding="utf-8")
    (tmp_path / "dir" / "notes.md").write_text("x", encoding="utf-8")
    (tmp_path / "dir" / ".hidden" / "three.txt").write_text("x", encoding="utf-8")
    inputs = [str(zipped), str(tmp_path / "dir"), str(SAMPLE), str(tmp_path / "missing.txt")]
    assert count_inputs(inputs) == len(list(iter_inputs(inputs))) == 2 + 2 + 1 + 1
    # A tar is a stream: it could only be counted by reading it whole, so it is not.
    assert count_inputs([str(make_tar(tmp_path / "a.tar.gz"))]) is None


def test_load_reads_an_archive_as_it_goes(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The loader is handed the inputs as an iterator, never a list of every member."""
    from pressgraph.cli import load as load_cli

    seen: list[object] = []
    real = load_cli.load_releases

    def spy(refs, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(refs)
        return real(refs, *args, **kwargs)

    monkeypatch.setattr(load_cli, "load_releases", spy)
    archive = make_tar(tmp_path / "a.tar.gz")
    result = CliRunner().invoke(main, ["load", str(archive), "--store", str(tmp_path / "db"),
                                       "--no-registry", "--no-ontology", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "2 releases, 2 named graphs" in result.output
    assert len(seen) == 1 and not isinstance(seen[0], (list, tuple))
