"""SHACL validation of the graph with pyshacl, against the shapes generated from the model."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from promgraph.graph.model import Graph

__all__ = ["Violation", "validate"]


@dataclass(frozen=True)
class Violation:
    focus: str  # the offending node's name (or IRI when it has none)
    path: str
    message: str
    severity: str

    def to_row(self) -> dict[str, str]:
        return {"focus": self.focus, "path": self.path, "message": self.message, "severity": self.severity}


def _short(term: Any) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _path(report: Any, path: Any) -> str:
    """``inn``, or ``PARTY_TO (обратная)`` for an inverse path."""
    from rdflib.namespace import SH

    if path is None:
        return ""
    inverse = report.value(path, SH.inversePath)
    return f"{_short(inverse)} (обратная)" if inverse is not None else _short(path)


def validate(graph: Graph) -> list[Violation]:
    """Every violation of ``ontology/shapes.ttl`` in the graph's RDF export, readable."""
    from pyshacl import validate as shacl
    from rdflib import RDFS
    from rdflib import Graph as RDFGraph
    from rdflib.namespace import SH

    from promgraph.graph.rdf import to_dataset

    data = RDFGraph()
    for s, p, o, _ in to_dataset(graph).quads((None, None, None, None)):
        data.add((s, p, o))
    shapes = RDFGraph().parse(data=files("promgraph.ontology").joinpath("shapes.ttl").read_text("utf-8"),
                              format="turtle")
    _, report, _ = shacl(data, shacl_graph=shapes, inference="none", allow_warnings=True)
    violations = []
    for result in report.subjects(predicate=None, object=SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        name = data.value(focus, RDFS.label)
        violations.append(Violation(
            focus=str(name) if name else _short(focus),
            path=_path(report, report.value(result, SH.resultPath)),
            message=str(report.value(result, SH.resultMessage) or ""),
            severity=_short(report.value(result, SH.resultSeverity)),
        ))
    return sorted(violations, key=lambda v: (v.focus, v.path, v.message))
