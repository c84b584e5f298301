"""The parts of the offline preview renderer, :func:`app.sim.render.render_preview`.

* ``spec``: what to render (:class:`~app.sim.preview.spec.RenderSpec`) and the output size;
* ``sources``: the user's pictures decoded once into BT.709 Y'CbCr planes at working size;
* ``camera`` and ``timeline``: the motion planning, which picture shows with which camera
  move in every frame, and the dissolves between pictures;
* ``audio``: the quiet ambient pad added when a preview has sound.

Compositing the frames and writing the MP4 are in :mod:`app.sim.render`.
"""
