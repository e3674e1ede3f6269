"""Self-contained HTML pages of the graph for journalists: offline, searchable, sourced."""
