# stdlib/zipfile/__main__.py — `python -m zipfile`.
from zipfile import main

main()
