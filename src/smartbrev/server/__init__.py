"""`smartbrev server`: a Language Server for briefings (pygls and lsprotocol), over stdio.

Importing this package imports nothing else: the CLI loads `smartbrev.server.app` only
when the `server` command runs.
"""
