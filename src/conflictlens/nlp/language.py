"""Which language a document is in, so that a document the English rules cannot read is skipped with its
language named instead of coded into nonsense (py3langid: a small naive Bayes model shipped in the package,
nothing downloaded).

Conservative on purpose: only a text with at least `MIN_LETTERS` letters that the model gives to another
language with probability `MIN_PROBABILITY` or more is called foreign; a short English dispatch full of
place and group names ("Al Shabaab kills 5 in Mogadishu") stays English. The model chooses among the
languages of most conflict reporting, so that names cannot tip a short text into a language of few speakers.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

LANGUAGES = ("en", "fr", "es", "pt", "de", "it", "nl", "ru", "uk", "ar", "fa", "ur", "hi", "bn", "tr", "zh", "ja",
             "ko", "id", "sw", "so", "ha", "am", "my", "th", "vi", "he", "pl")
MIN_LETTERS = 60
MIN_PROBABILITY = 0.95
SAMPLE_CHARS = 3000  # the language of an article shows in its first few paragraphs
NAMES = {"fr": "French", "es": "Spanish", "pt": "Portuguese", "de": "German", "it": "Italian", "nl": "Dutch",
         "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic", "fa": "Persian", "ur": "Urdu", "hi": "Hindi",
         "bn": "Bengali", "tr": "Turkish", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "id": "Indonesian",
         "sw": "Swahili", "so": "Somali", "ha": "Hausa", "am": "Amharic", "my": "Burmese", "th": "Thai",
         "vi": "Vietnamese", "he": "Hebrew", "pl": "Polish"}


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def detect(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of the text's first SAMPLE_CHARS characters."""
    code, probability = _identifier().classify(text[:SAMPLE_CHARS])
    return str(code), float(probability)


def foreign_language(text: str) -> str | None:
    """The skip reason for a text clearly not in English ("not English: French (fr, p=1.00)"), else None."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    code, probability = detect(sample)
    if code == "en" or probability < MIN_PROBABILITY:
        return None
    return f"not English: {NAMES.get(code, code)} ({code}, p={probability:.2f})"
