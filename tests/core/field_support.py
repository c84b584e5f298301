"""Image fields made up for a test, with exactly the rules it needs."""

from __future__ import annotations

from app.core.catalogue import Field, FieldKind, ImageRule


def custom_field(*rules: tuple[str, float]) -> Field:
    """An image field "picture" whose rules are ``(operator rule, value)`` pairs."""
    return Field(
        name="picture",
        kind=FieldKind.IMAGE,
        title="Picture",
        image_rules=tuple(ImageRule(op, value, "") for op, value in rules),
    )
