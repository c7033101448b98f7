"""The built wheel works on its own: the ontology, shapes and queries ship inside it and
``pressgraph export`` runs from a fresh, non-editable installation."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE

pytestmark = pytest.mark.slow

DATA_FILES = ("ontology/pressgraph.ttl", "ontology/context.jsonld",
              "shapes/pressgraph.shacl.ttl", "queries/meetings.rq", "queries/participants.rq",
              "queries/agenda.rq", "queries/people.rq", "queries/releases.rq",
              "queries/visits.rq")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True, cwd=out)
    [built] = out.glob("pressgraph-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Path:
    """A fresh venv with the wheel installed (no deps); the test environment's packages
    are added after its own site-packages, so only the dependencies come from there."""
    home = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(home)], check=True, capture_output=True)
    python = home / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                    str(wheel)], check=True, capture_output=True)
    purelib = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = subprocess.run([str(python), "-c", purelib],
                          check=True, capture_output=True, text=True).stdout.strip()
    Path(site, "zz_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return home


def _run(venv: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return subprocess.run([*args], capture_output=True, text=True, cwd=cwd, env=env, check=False)


def test_wheel_carries_the_data_files(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [f for f in DATA_FILES if f"pressgraph/_data/{f}" not in names]
    assert not missing


def test_installed_wheel_finds_its_data_inside_the_package(venv: Path, tmp_path: Path) -> None:
    script = (
        "import json, pressgraph\n"
        "from pressgraph import resources\n"
        "print(json.dumps({'module': pressgraph.__file__,\n"
        "  'dirs': {k: str(resources.data_dir(k)) for k in ('ontology', 'shapes', 'queries')},\n"
        "  'queries': resources.list_names('queries', '.rq'),\n"
        "  'shapes': len(resources.read_text('shapes', resources.SHAPES_FILE))}))\n"
    )
    result = _run(venv, str(venv / "bin" / "python"), "-c", script, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["module"].startswith(str(venv))
    for kind, path in found["dirs"].items():
        assert path.startswith(str(venv)) and path.endswith(f"pressgraph/_data/{kind}")
    assert {"meetings.rq", "participants.rq", "agenda.rq", "people.rq", "visits.rq",
            "releases.rq"} <= set(found["queries"])
    assert found["shapes"] > 1000


def test_installed_cli_exports_the_sample(venv: Path, tmp_path: Path) -> None:
    out = tmp_path / "sample.ttl"
    result = _run(venv, str(venv / "bin" / "pressgraph"), "export", str(SAMPLE), "-o", str(out),
                  cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "a pg:Release" in text or "pg:Release" in text
    query = _run(venv, str(venv / "bin" / "pressgraph"), "query", "releases", "--data", str(out),
                 "--format", "json", cwd=tmp_path)
    assert query.returncode == 0, query.stderr
    assert len(json.loads(query.stdout)["results"]["bindings"]) == 1
