# stdlib/xml/__init__.py — the xml package (minipy ships xml.etree.ElementTree).
