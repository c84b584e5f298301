"""One widget per field kind, registered by kind.

Importing this package registers the built-in widgets (see :mod:`.registry`):

    PROMPT      PromptWidget          multi-line editor, character counter, example prompt
    CHOICE      ChoiceWidget          combo box; durations in units ("Auto", "5 s")
    INT_CHOICE  IntChoiceWidget       combo box, in units ("5 s", "121 frames ≈ 5 s")
    BOOLEAN     BooleanWidget         a switch carrying the label
    INTEGER     IntegerWidget         spin box; SeedWidget for fields named "seed"
    NUMBER      NumberWidget          decimal spin box over the schema's limits and step
    OBJECT_LIST ObjectListWidget      one form row per entry: add, remove, move
    STRUCTURED  StructuredWidget      a JSON editor checked against the field's schema
    IMAGE       ImageFieldWidget      one drop zone
    IMAGE_LIST  ImageListWidget       an ordered strip of drop zones
    VIDEO, AUDIO            MediaFieldWidget  one media zone: checked, fixable, played inline
    VIDEO_LIST, AUDIO_LIST  MediaListWidget   media zones in order, one more to drop on
    GENERIC     GenericWidget         one line, read as JSON for non-string types
"""

from app.ui.fields import (
    boolean,
    choice,
    generic,
    image,
    integer,
    media,
    number,
    object_list,
    prompt,
    structured,
)
from app.ui.fields.base import FieldWidget
from app.ui.fields.boolean import BooleanWidget, Switch
from app.ui.fields.choice import ChoiceWidget, IntChoiceWidget
from app.ui.fields.generic import GenericWidget
from app.ui.fields.image import ImageFieldWidget, ImageListWidget
from app.ui.fields.integer import IntegerWidget, SeedWidget
from app.ui.fields.media import MediaFieldWidget, MediaListWidget
from app.ui.fields.number import NumberWidget
from app.ui.fields.object_list import ObjectListWidget
from app.ui.fields.prompt import PromptWidget
from app.ui.fields.registry import register, widget_class_for, widget_for
from app.ui.fields.structured import StructuredWidget

__all__ = [
    "BooleanWidget",
    "ChoiceWidget",
    "FieldWidget",
    "GenericWidget",
    "ImageFieldWidget",
    "ImageListWidget",
    "IntChoiceWidget",
    "IntegerWidget",
    "MediaFieldWidget",
    "MediaListWidget",
    "NumberWidget",
    "ObjectListWidget",
    "PromptWidget",
    "SeedWidget",
    "StructuredWidget",
    "Switch",
    "boolean",
    "choice",
    "generic",
    "image",
    "integer",
    "media",
    "number",
    "object_list",
    "prompt",
    "structured",
    "register",
    "widget_class_for",
    "widget_for",
]
