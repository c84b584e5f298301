"""The ids the client puts into API paths, checked before anything is sent."""

from __future__ import annotations

import re

from app.core.errors import UnknownModel
from app.core.wording import QT_TRANSLATE_NOOP

REQUEST_ID = re.compile(r"[A-Za-z0-9_-]{1,128}")
MODEL_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*")


def check_request_id(request_id: str) -> str:
    if not isinstance(request_id, str) or not REQUEST_ID.fullmatch(request_id):
        raise UnknownModel.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "'{request}' is not a valid RunComfy request id: request ids are 1 to 128 "
                "letters, digits, '-' or '_'.",
            ),
            request=str(request_id)[:140],
        )
    return request_id


def check_model_id(model_id: str) -> str:
    if not isinstance(model_id, str) or not MODEL_ID.fullmatch(model_id):
        raise UnknownModel.said(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The model id is wrong: '{model}' is not a RunComfy model id (such as "
                "bytedance/seedance-1-0/lite/image-to-video).",
            ),
            model=str(model_id)[:140],
        )
    return model_id
