"""Session fixtures: the NLP models and the example graph are built once and shared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def models():
    from promgraph.loaders.nlp import load_models

    return load_models()


@pytest.fixture(scope="session")
def example_workspace(tmp_path_factory):
    """The bundled examples built into a workspace, as `promgraph build` does with no input."""
    from promgraph.graph.workspace import Workspace
    from promgraph.pipeline import EXAMPLES, build

    workspace = Workspace(tmp_path_factory.mktemp("examples") / "ws")
    summary = build([EXAMPLES], workspace)
    assert not summary.problems, summary.problems
    return workspace


@pytest.fixture(scope="session")
def example_graph(example_workspace):
    return example_workspace.load_graph()


@pytest.fixture()
def embedded(example_workspace):
    from promgraph.graph.stores import open_store

    with open_store("embedded", path=example_workspace.store_path, read_only=True) as store:
        yield store


def shared(*parts: str) -> Path:
    """A path under ../shared; the test is skipped when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path
