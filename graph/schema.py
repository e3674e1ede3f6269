"""The model as data: node classes and relationship types read from ``ontology/model.yaml``.

Stores and exporters ask this module what exists instead of spelling the model out again,
following followthemoney's ``schema/*.yaml``: the YAML is the one source.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from promgraph.graph.errors import InvalidOntology

__all__ = ["Property", "NodeSpec", "RelSpec", "Schema", "load_schema"]

TYPES = {"string", "string[]", "double", "int"}


@dataclass(frozen=True)
class Property:
    name: str
    type: str
    required: bool = False
    pattern: str | None = None
    doc: str | None = None


@dataclass(frozen=True)
class NodeSpec:
    name: str
    label_ru: str
    label_en: str
    aligned: tuple[str, ...]
    kinds: tuple[str, ...]
    properties: tuple[Property, ...]
    ftm: str | None = None
    definition_ru: str = ""
    definition_en: str = ""


@dataclass(frozen=True)
class RelSpec:
    name: str
    label_ru: str
    label_en: str
    aligned: str | None
    pairs: tuple[tuple[str, str], ...]
    properties: tuple[Property, ...]
    ftm: str | None = None


@dataclass(frozen=True)
class Schema:
    base: str
    provenance: tuple[Property, ...]
    nodes: dict[str, NodeSpec]
    relationships: dict[str, RelSpec]

    def node(self, name: str) -> NodeSpec:
        try:
            return self.nodes[name]
        except KeyError:
            raise InvalidOntology(f"unknown node class {name!r}; known: {', '.join(self.nodes)}") from None

    def relationship(self, name: str) -> RelSpec:
        try:
            return self.relationships[name]
        except KeyError:
            known = ", ".join(self.relationships)
            raise InvalidOntology(f"unknown relationship type {name!r}; known: {known}") from None

    def node_properties(self, name: str) -> tuple[Property, ...]:
        """The node's own properties followed by the provenance ones every node carries."""
        return self.node(name).properties + self.provenance

    def relationship_properties(self, name: str) -> tuple[Property, ...]:
        """``id``, the type's own properties, then provenance."""
        return (Property("id", "string", required=True),) + self.relationship(name).properties + self.provenance


def _properties(raw: dict[str, Any] | None, where: str) -> tuple[Property, ...]:
    props = []
    for name, spec in (raw or {}).items():
        if spec.get("type") not in TYPES:
            raise InvalidOntology(f"{where}.{name}: type {spec.get('type')!r} is not one of {sorted(TYPES)}")
        props.append(Property(name, spec["type"], bool(spec.get("required")), spec.get("pattern"), spec.get("doc")))
    return tuple(props)


def parse_schema(raw: dict[str, Any]) -> Schema:
    """Build a :class:`Schema` from the parsed YAML, checking that relationships name known nodes."""
    nodes = {
        name: NodeSpec(
            name=name,
            label_ru=spec["label"]["ru"],
            label_en=spec["label"]["en"],
            aligned=tuple(spec.get("aligned", ())),
            kinds=tuple(spec.get("kinds", ())),
            properties=_properties(spec.get("properties"), name),
            ftm=spec.get("ftm"),
            definition_ru=spec.get("definition", {}).get("ru", ""),
            definition_en=spec.get("definition", {}).get("en", ""),
        )
        for name, spec in raw["nodes"].items()
    }
    relationships = {}
    for name, spec in raw["relationships"].items():
        pairs = tuple((a, b) for a, b in spec["pairs"])
        for a, b in pairs:
            if a not in nodes or b not in nodes:
                raise InvalidOntology(f"relationship {name}: pair ({a}, {b}) names an unknown node class")
        relationships[name] = RelSpec(
            name=name,
            label_ru=spec["label"]["ru"],
            label_en=spec["label"]["en"],
            aligned=spec.get("aligned"),
            pairs=pairs,
            properties=_properties(spec.get("properties"), name),
            ftm=spec.get("ftm"),
        )
    return Schema(raw["base"], _properties(raw["provenance"], "provenance"), nodes, relationships)


@cache
def load_schema() -> Schema:
    """The packaged model, parsed once per process."""
    text = files("promgraph.ontology").joinpath("model.yaml").read_text(encoding="utf-8")
    return parse_schema(yaml.safe_load(text))
