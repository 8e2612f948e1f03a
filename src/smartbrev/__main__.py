"""`python -m smartbrev`."""

from smartbrev.cli import main

main()
