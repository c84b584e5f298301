"""Storyreel: a desktop studio for ByteDance's video models on RunComfy's Model API."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("storyreel")
except _metadata.PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.1.0"
