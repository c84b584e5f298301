"""One widget per field kind, registered by kind.

Importing this package registers the built-in widgets (see :mod:`.registry`):

    PROMPT      PromptWidget          multi-line editor, character counter, example prompt
    CHOICE      ChoiceWidget          combo box
    INT_CHOICE  SegmentedChoiceWidget ≤ 4 choices as buttons ("5 s" | "10 s"), else
                IntChoiceWidget       a combo box
    BOOLEAN     BooleanWidget         a switch carrying the label
    INTEGER     IntegerWidget         spin box; SeedWidget for fields named "seed"
    IMAGE       ImageFieldWidget      one drop zone
    IMAGE_LIST  ImageListWidget       an ordered strip of drop zones
    VIDEO, AUDIO            MediaFieldWidget  one media zone: checked, fixable, played inline
    VIDEO_LIST, AUDIO_LIST  MediaListWidget   media zones in order, one more to drop on
    GENERIC     GenericWidget         one line, read as JSON for non-string types
"""

from app.ui.fields import boolean, choice, generic, image, integer, media, prompt
from app.ui.fields.base import FieldWidget
from app.ui.fields.boolean import BooleanWidget, Switch
from app.ui.fields.choice import ChoiceWidget, IntChoiceWidget, SegmentedChoiceWidget
from app.ui.fields.generic import GenericWidget
from app.ui.fields.image import ImageFieldWidget, ImageListWidget
from app.ui.fields.integer import IntegerWidget, SeedWidget
from app.ui.fields.media import MediaFieldWidget, MediaListWidget
from app.ui.fields.prompt import PromptWidget
from app.ui.fields.registry import register, widget_class_for, widget_for

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
    "PromptWidget",
    "SeedWidget",
    "SegmentedChoiceWidget",
    "Switch",
    "boolean",
    "choice",
    "generic",
    "image",
    "integer",
    "media",
    "prompt",
    "register",
    "widget_class_for",
    "widget_for",
]
