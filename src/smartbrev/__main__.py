"""`python -m smartbrev`."""

from smartbrev.startup import main

main()
