"""What the user edits, with its undo history: each document owns a ``QUndoStack``."""
