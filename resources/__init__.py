"""Bundled data: model schemas, icons, sample frames, translations."""
