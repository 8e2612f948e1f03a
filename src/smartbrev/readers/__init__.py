"""Readers: one module per input format, each turning text into plain data or the model."""
