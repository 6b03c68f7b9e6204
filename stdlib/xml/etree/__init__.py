# stdlib/xml/etree/__init__.py — the xml.etree package.
