"""The Russian language models (natasha), loaded once per process on first use.

Loading takes about a second and a quarter of a gigabyte, so it happens only when a Russian
press release is analysed (or the window's worker calls ``warm_up``), never at import. The
models are read-only after loading; the lock only keeps two threads from loading them twice.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

_lock = threading.Lock()
_models: Models | None = None


@dataclass(frozen=True)
class Models:
    segmenter: Any
    ner: Any
    morph: Any
    vocabulary: Any


def models() -> Models:
    """The loaded models; the first call loads them (thread-safe)."""
    global _models
    with _lock:
        if _models is None:
            # natasha's models ship inside the natasha/navec/slovnet wheels: nothing downloads
            from natasha import (
                MorphVocab,
                NewsEmbedding,
                NewsMorphTagger,
                NewsNERTagger,
                Segmenter,
            )

            embedding = NewsEmbedding()
            _models = Models(
                segmenter=Segmenter(),
                ner=NewsNERTagger(embedding),
                morph=NewsMorphTagger(embedding),
                vocabulary=MorphVocab(),
            )
        return _models


def loaded() -> bool:
    """Whether the models are in memory already (the next analysis will be quick)."""
    return _models is not None
