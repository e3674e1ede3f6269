"""promgraph: a knowledge graph of Russian industrial actors.

The import root of one distribution. ``promgraph.loaders`` read news and registries,
``promgraph.graph`` holds the model, identity and stores, ``promgraph.queries`` the prebuilt
queries and views; this package itself holds only the command line and the pipeline that wires
them together. Importing it loads no model, driver or database.
"""

__version__ = "0.1.0"
