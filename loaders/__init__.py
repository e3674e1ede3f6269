"""Loaders: read news and registry files and yield promgraph records (``promgraph.graph.model``).

Foreign objects (natasha spans, yargy matches, XML elements) never leave the loader modules.
"""
