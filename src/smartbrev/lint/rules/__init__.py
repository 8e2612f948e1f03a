"""One module per rule; `smartbrev.lint.registry` lists them."""
