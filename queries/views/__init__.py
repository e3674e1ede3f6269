"""The journalists' HTML site: offline, searchable, sourced, and written in linear time (``site.py``)."""
