"""Video and audio inputs. Local file work with PyAV only: no Qt, no network.

* :mod:`.kinds`: the two kinds and RunComfy's inline rules for them (imports nothing heavy);
* :mod:`.probe`: what a file is (length, picture, sound, size) and whether it is whole;
* :mod:`.checks`: a probe against a field's ``validations`` and the inline limits, row by row;
* :mod:`.fixes` (with :mod:`.transcode`): the one fix that makes a clip pass;
* :mod:`.verdict`: all of it in one call, for a drop zone's worker.
"""
