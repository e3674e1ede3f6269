"""The workspace saves a file's extractions as they stream in, and only whole files."""

from pathlib import Path

import pytest

from promgraph.graph.model import Document, Extraction
from promgraph.graph.workspace import Workspace


def _extractions(count: int, fail_at: int | None = None):
    for i in range(count):
        if i == fail_at:
            raise RuntimeError("reader died")
        yield Extraction(Document(f"d{i}", f"d{i}", ""), (), ())


def test_extractions_stream_in_and_are_counted(tmp_path: Path):
    workspace = Workspace(tmp_path)
    assert workspace.add(tmp_path / "a.xml", "h" * 64, "egrul", _extractions(3)) == 3
    assert workspace.manifest["inputs"]["h" * 64]["documents"] == 3
    assert [e.document.id for e in Workspace(tmp_path).extractions()] == ["d0", "d1", "d2"]


def test_an_interrupted_file_leaves_nothing_half_saved(tmp_path: Path):
    workspace = Workspace(tmp_path)
    workspace.add(tmp_path / "a.xml", "a" * 64, "egrul", _extractions(2))
    with pytest.raises(RuntimeError):
        workspace.add(tmp_path / "b.xml", "b" * 64, "egrul", _extractions(5, fail_at=3))
    again = Workspace(tmp_path)
    assert not again.known("b" * 64)
    assert [e.document.id for e in again.extractions()] == ["d0", "d1"]
    assert [p.name for p in (tmp_path / "extractions").iterdir()] == [f"{'a' * 32}.jsonl"]
