"""concurrent — the package that holds concurrent.futures (minipy)."""
