"""`make install` and `make uninstall`, through make itself.

The binary is installed into a temporary PREFIX and run by name, through PATH, from an empty
folder, with HOME and the store in temporary folders: the way a person runs it after
installing, with no source tree beside it. CARECOACH_INSTALL_CONFIG chooses the build that is
installed (`make install-test` passes debug, the build `make test` has just made, so nothing is
compiled again; `make install` on its own builds release).
"""

import os
import re
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONFIG = os.environ.get("CARECOACH_INSTALL_CONFIG", "release")


def make(*args):
    result = subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), *args, f"CONFIG={CONFIG}"],
        capture_output=True, text=True, timeout=3600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def files_under(folder):
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file())


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """One install shared by the tests that run the installed binary."""
    prefix = tmp_path_factory.mktemp("prefix")
    make("install", f"PREFIX={prefix}")
    return prefix


def carecoach(prefix, tmp_path, args, text=""):
    """Runs `carecoach` by name from an empty folder, as someone who installed it would."""
    home = tmp_path / "home"
    empty = tmp_path / "empty"
    home.mkdir(exist_ok=True)
    empty.mkdir(exist_ok=True)
    env = {
        "PATH": f"{prefix}/bin:/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "CARECOACH_STORE": str(tmp_path / "store.sqlite"),
        "LANG": "C.UTF-8",
    }
    return subprocess.run(
        ["carecoach", *args], input=text, capture_output=True, text=True, env=env,
        cwd=empty, timeout=120,
    )


def test_install_puts_one_executable_file_in_prefix_bin(installed):
    assert files_under(installed) == ["bin/carecoach"]
    mode = stat.S_IMODE((installed / "bin" / "carecoach").stat().st_mode)
    assert mode == 0o755


def test_the_installed_binary_validates_its_built_in_scripts(installed, tmp_path):
    result = carecoach(installed, tmp_path, ["validate"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: ")


def test_the_installed_binary_answers_match(installed, tmp_path):
    result = carecoach(installed, tmp_path, ["match", "what is hba1c"])
    assert result.returncode == 0, result.stderr
    assert '"glossary":["hba1c"]' in result.stdout


def test_the_resume_hint_it_prints_works_as_typed(installed, tmp_path):
    started = carecoach(installed, tmp_path, ["start"], "1\nSam\nquit\n")
    assert started.returncode == 0, started.stderr
    assert "Hello and welcome" in started.stdout
    hint = re.search(r"To carry on later, type: (carecoach resume \S+)", started.stdout)
    assert hint, started.stdout
    assert (tmp_path / "store.sqlite").exists()
    resumed = carecoach(installed, tmp_path, hint.group(1).split()[1:], "quit\n")
    assert resumed.returncode == 0, resumed.stderr
    assert "OK, we'll stop here." in resumed.stdout


def test_uninstall_removes_it(tmp_path):
    prefix = tmp_path / "prefix"
    make("install", f"PREFIX={prefix}")
    assert (prefix / "bin" / "carecoach").is_file()
    make("uninstall", f"PREFIX={prefix}")
    assert not (prefix / "bin" / "carecoach").exists()
    assert files_under(prefix) == []


def test_destdir_stages_under_prefix(tmp_path):
    stage = tmp_path / "stage"
    make("install", f"DESTDIR={stage}", "PREFIX=/usr/local")
    assert files_under(stage) == ["usr/local/bin/carecoach"]
    make("uninstall", f"DESTDIR={stage}", "PREFIX=/usr/local")
    assert files_under(stage) == []
