"""The promgraph ontology, shipped as data.

``model.yaml`` is the single source of the model: node classes, relationship types and their
properties. The OWL ontology, the SHACL shapes, the JSON-LD context, the embedded store's DDL and
the Neo4j constraints are all generated from it (see :mod:`promgraph.graph.schema`).
"""
