"""What the catalogue says about a model it leaves out or takes differently, as templates the
window translates (context "Errors", ``app.core.wording``): model files
(``app.core.catalogue``), RunComfy's catalogue and its cache (``app.core.catalogue_cache``,
``app.core.catalogue_source``) and the schema shapes a field is typed from
(``app.core.shapes``). Their English (``str()``) is what the command line prints.
"""

from __future__ import annotations

from app.core.wording import QT_TRANSLATE_NOOP, Said, said

# -- a model file (the user's, or a catalogue entry turned into one) --
MODEL_FILE = QT_TRANSLATE_NOOP("Errors", "Model file")
NOT_AN_OBJECT = QT_TRANSLATE_NOOP("Errors", "{source}: expected a JSON object.")
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "Errors", "{source} was written for a newer Storyreel (format {version})."
)
NO_MODEL_ID = QT_TRANSLATE_NOOP("Errors", "{source}: 'model_id' is missing.")
NO_PROPERTIES = QT_TRANSLATE_NOOP("Errors", "{source}: 'input_schema' has no 'properties'.")
THE_MODEL_FILE = QT_TRANSLATE_NOOP("Errors", "The model file {name}")
LEFT_OUT = QT_TRANSLATE_NOOP("Errors", "{reason} It is left out; the other models work as usual.")
FILE_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "The model file {name} cannot be read: {reason}.")
FILE_WRONG_KIND = QT_TRANSLATE_NOOP(
    "Errors",
    "The model file {name} is not a usable model file: a part of it has the wrong kind "
    "({reason}). It is left out; the other models work as usual.",
)
UNKNOWN_MODEL = QT_TRANSLATE_NOOP("Errors", "Unknown model '{model}'.")
UNKNOWN_MODEL_CLOSE = QT_TRANSLATE_NOOP("Errors", "Unknown model '{model}'. Did you mean {close}?")

# -- an entry of RunComfy's catalogue --
ENTRY_NOT_A_MODEL = QT_TRANSLATE_NOOP(
    "Errors",
    "Entry number {number} of RunComfy's catalogue is not a model description; it is left out.",
)
ENTRY_NO_ID = QT_TRANSLATE_NOOP(
    "Errors", "Entry {name} of RunComfy's catalogue has no usable model id; it is left out."
)
ENTRY_NO_ID_AT = QT_TRANSLATE_NOOP(
    "Errors",
    "Entry number {number} of RunComfy's catalogue has no usable model id; it is left out.",
)
ENTRY_NO_SCHEMA = QT_TRANSLATE_NOOP(
    "Errors", "The catalogue entry {name} has no input schema with fields; it is left out."
)
ENTRY_NO_SCHEMA_AT = QT_TRANSLATE_NOOP(
    "Errors",
    "The catalogue entry number {number} has no input schema with fields; it is left out.",
)
ENTRY_DOES_NOT_LOAD = QT_TRANSLATE_NOOP(
    "Errors", "The catalogue entry {model} does not load: {reason}"
)
ENTRY_WRONG_KIND = QT_TRANSLATE_NOOP(
    "Errors",
    "The catalogue entry {model} does not load: a part of its schema has the wrong kind "
    "({reason}).",
)
ENTRY_NO_FIELDS = QT_TRANSLATE_NOOP("Errors", "The catalogue entry {model} has no input fields.")
ENTRY_UNSHOWABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "The catalogue entry {model} needs '{field}' ({what}), a kind of input this version of "
    "Storyreel cannot take yet; it is left out.",
)
SHIPPED_USED = QT_TRANSLATE_NOOP("Errors", "{reason} The schema Storyreel ships for it is used.")
REPLACES_OWN = QT_TRANSLATE_NOOP(
    "Errors",
    "The model file {name} replaces Storyreel's own model {model}; remove the file to use "
    "Storyreel's own again.",
)
REPLACES_CATALOGUES = QT_TRANSLATE_NOOP(
    "Errors",
    "The model file {name} replaces the catalogue's model {model}; remove the file to use "
    "the catalogue's again.",
)

# -- the catalogue cache --
THE_CACHE = QT_TRANSLATE_NOOP("Errors", "The catalogue cache {path}")
CACHE_READ_AGAIN = QT_TRANSLATE_NOOP(
    "Errors", "{reason} RunComfy's catalogue is read again instead."
)
CACHE_NEWER = QT_TRANSLATE_NOOP(
    "Errors",
    "The catalogue cache {path} was written by a newer Storyreel; RunComfy's catalogue is read "
    "again instead.",
)
CACHE_DAMAGED = QT_TRANSLATE_NOOP(
    "Errors", "The catalogue cache {path} is damaged; RunComfy's catalogue is read again instead."
)

# -- a field whose schema Storyreel takes differently than it says ({name}: {warning}) --
FIELD_WARNING = QT_TRANSLATE_NOOP("Errors", "{name}: {warning}")
TYPE_AS_JSON = QT_TRANSLATE_NOOP(
    "Errors", "Its schema gives the type {type}; the value is typed as JSON."
)
NO_TYPE = QT_TRANSLATE_NOOP("Errors", "Its schema gives no type; the value is typed as JSON.")
CHOICES_NOT_PLAIN = QT_TRANSLATE_NOOP(
    "Errors", "Its choices are not plain values; the value is typed as JSON."
)
CHOICES_MIXED = QT_TRANSLATE_NOOP(
    "Errors",
    "Its choices are not all of one type; each choice is sent exactly as the schema lists it.",
)
CHOICES_MIXED_KIND = QT_TRANSLATE_NOOP(
    "Errors",
    "Its choices are not all of one type ({kind}); each choice is sent exactly as the schema "
    "lists it.",
)
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "Errors", "Storyreel does not know the format '{format}'; the value is typed as text."
)
UNCHECKED_RULE = QT_TRANSLATE_NOOP(
    "Errors", "Storyreel does not check the rule {names}; RunComfy checks it when sent."
)
UNCHECKED_RULES = QT_TRANSLATE_NOOP(
    "Errors", "Storyreel does not check the rules {names}; RunComfy checks them when sent."
)
DEFAULT_AS_NUMBER = QT_TRANSLATE_NOOP(
    "Errors", "Its default {default} is given as a number; the choice {choice} is used."
)
DEFAULT_NOT_A_CHOICE = QT_TRANSLATE_NOOP(
    "Errors", "Its default {default} is not one of its choices; none is preselected."
)
DEFAULT_NOT_WHOLE = QT_TRANSLATE_NOOP(
    "Errors", "Its default {default} is not a whole number; it is left unset."
)
DEFAULT_NOT_NUMBER = QT_TRANSLATE_NOOP(
    "Errors", "Its default {default} is not a number; it is left unset."
)
DEFAULT_OUT_OF_LIMITS = QT_TRANSLATE_NOOP(
    "Errors", "Its default {default} breaks its own limits ({limits}); it is left unset."
)
DEFAULT_NOT_FITTING = QT_TRANSLATE_NOOP(
    "Errors", "Its default does not fit its own schema; it is left unset."
)


def field_warning(name: str, warning: str) -> Said:
    """A field's warning as the model's list of them says it: "duration: Its default …"."""
    return said(FIELD_WARNING, name=name, warning=warning)


def message_of(error: BaseException) -> str:
    """An error's message as it was said (a :class:`Said` keeps its template), else ``str``."""
    message = getattr(error, "message", None)
    return message if isinstance(message, str) else str(error)


__all__ = ["field_warning", "message_of", "said"]
