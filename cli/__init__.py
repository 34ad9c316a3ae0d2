"""The ``parley`` command line: thin click commands over the library."""
