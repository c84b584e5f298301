"""Video and audio inputs: probing them (:mod:`.probe`), checking them against a field's
rules and RunComfy's inline limits (:mod:`.checks`), and the fixes that make them pass
(:mod:`.fixes`). Local file work with PyAV only: no Qt, no network."""
