"""Prebuilt queries (``cypher/*.cypher``) and the views built on the graph (``views/``)."""
