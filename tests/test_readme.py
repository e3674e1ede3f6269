"""Every `$ …` command the README shows runs as written, in order, and prints what the README says.

The commands run in a shell in a fresh folder beside a link to ``../shared`` (the README's relative
paths), with this checkout's ``promgraph`` first on the PATH. A printed output is compared with the
README's after removing whitespace and table borders; "…" in the README stands for any text. The
Neo4j examples reach the dev server the README documents, started with no arguments (Bolt on
127.0.0.1:7687, authentication off), which is stopped afterwards.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, SHARED

README = ROOT / "README.md"
_IGNORED = re.compile(r"[\s│┃━─┏┓┗┛┡┩└┘┌┐├┤┼╇╈╋┳┻┯┷┠┨╂]+")


def readme_commands(text: str) -> list[tuple[str, list[str]]]:
    """The ``$ `` lines of the README's code blocks, each with the lines printed after it."""
    commands: list[tuple[str, list[str]]] = []
    inside, printed = False, None
    for line in text.splitlines():
        if line.startswith("```"):
            inside, printed = not inside, None
        elif inside and line.startswith("$ "):
            commands.append((line[2:], []))
            printed = commands[-1][1]
        elif printed is not None and line.strip():
            printed.append(line)
    return commands


def printed_as_documented(expected: list[str], output: str) -> bool:
    """Whether the README's lines appear in the output in order ("…" stands for any text)."""
    actual = _IGNORED.sub("", output)
    position = 0
    for fragment in _IGNORED.sub("", "".join(expected)).split("…"):
        found = actual.find(fragment, position)
        if found < 0:
            return False
        position = found + len(fragment)
    return True


def test_the_comparison_ignores_layout_and_honours_ellipses():
    table = "┏━━━━━┳━━━━┓\n┃ what ┃ count ┃\n│ documents │ 46 │\n│ seconds │ 2.71 │"
    assert printed_as_documented(["┃ what ┃ count ┃", "│ documents │ 46 │", "│ seconds │ … │"], table)
    assert not printed_as_documented(["│ documents │ 47 │"], table)
    assert not printed_as_documented(["│ seconds │ … │", "│ documents │ 46 │"], table)  # order counts


COMMANDS = readme_commands(README.read_text(encoding="utf-8"))


def _port_open(port: int) -> bool:
    import socket

    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture(scope="module")
def readme_folder(tmp_path_factory):
    """A fresh folder with ``../shared`` beside it, and the documented Neo4j dev server when it can run."""
    base = tmp_path_factory.mktemp("readme")
    folder = base / "project"
    folder.mkdir()
    if SHARED.exists():
        (base / "shared").symlink_to(SHARED)
    server, data = None, ROOT / ".neo4j-dev-data"
    made_data = not data.exists()
    if shutil.which("java") and shutil.which("mvn") and not _port_open(7687):
        server = subprocess.Popen([str(ROOT / "scripts" / "neo4j-dev-server")], stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True, start_new_session=True)
        for line in server.stdout:
            if "dev server ready" in line:
                break
        else:
            pytest.fail("scripts/neo4j-dev-server with no arguments did not start")
    elif os.environ.get("CI"):
        pytest.fail("CI must run the README's Neo4j examples: java, mvn and a free port 7687 are needed")
    yield folder, server is not None
    if server is not None:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
        if made_data:
            shutil.rmtree(data, ignore_errors=True)


@pytest.mark.parametrize("command, expected", COMMANDS, ids=[c for c, _ in COMMANDS])
def test_readme_command(readme_folder, command, expected):
    folder, neo4j = readme_folder
    if "../shared" in command and not SHARED.exists():
        pytest.skip("../shared is not available")
    if ("neo4j" in command and "--uri bolt://127.0.0.1:9" not in command) and not neo4j:
        pytest.skip("no Neo4j dev server here")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}  # the README's own settings
    env.update(PATH=f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}", COLUMNS="100",
               PROMGRAPH_WORKSPACE="promgraph-data")
    if not command.startswith("promgraph build") and not (folder / "promgraph-data").exists():
        subprocess.run(["promgraph", "build"], cwd=folder, env=env, capture_output=True)  # a test run alone
    started = time.perf_counter()
    run = subprocess.run(["bash", "-c", command], cwd=folder, env=env, capture_output=True, text=True, timeout=600)
    output = run.stderr + run.stdout
    failing = any(line.startswith("Error:") for line in expected)
    seconds = time.perf_counter() - started
    assert (run.returncode != 0) == failing, f"exit {run.returncode} after {seconds:.0f} s\n{output}"
    assert printed_as_documented(expected, output), f"the README says:\n{chr(10).join(expected)}\nprinted:\n{output}"
