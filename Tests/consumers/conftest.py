"""Shared fixtures: the diplograph binary and the bundled corpus exported once per session."""
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def diplograph():
    """Path to the built binary (scripts/test.sh sets DIPLOGRAPH)."""
    path = os.environ.get("DIPLOGRAPH", str(ROOT / ".build/debug/diplograph"))
    assert os.access(path, os.X_OK), f"build diplograph first: {path}"
    return path


@pytest.fixture(scope="session")
def corpus_exports(diplograph, tmp_path_factory):
    """Every format of the bundled corpus, written once into a temporary directory."""
    out = tmp_path_factory.mktemp("exports")
    result = subprocess.run(
        [diplograph, "export", str(ROOT / "corpus"), "--out", str(out), "--quiet"],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    return out


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "corpus_facts: answers worked out by hand in corpus/ that need the extractor")
