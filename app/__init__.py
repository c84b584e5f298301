"""Storyreel: a desktop studio for ByteDance's video models on RunComfy's Model API."""

# Kept equal to pyproject.toml's version by tests/test_packaging.py. A literal rather than
# importlib.metadata, which costs tens of milliseconds at every start.
__version__ = "0.1.0"
