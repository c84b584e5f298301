"""The SQLite job store and its versioned migrations."""

from app.store.store import JobStore

__all__ = ["JobStore"]
