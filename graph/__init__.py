"""The graph: canonical model, identity, resolution and stores."""
