"""The speaker of a transcript and the opening that names them."""

from __future__ import annotations

from pressgraph.extract import people as people_rules
from pressgraph.extract.org_acronyms import find_acronyms
from pressgraph.extract.sentences import sentences
from pressgraph.extract.transcripts import opening_sentence, speaker
from pressgraph.model import SourceText
from pressgraph.parse import parse_text


def _release(body: str):  # type: ignore[no-untyped-def]
    text = (f"Transcript of remarks by CS at media session\n\n     {body}\n\n"
            "Ends/Tuesday, May 10, 2022\nIssued at HKT 18:30\n")
    source = SourceText(source="<test>", text=text, media_type="text/plain",
                        encoding="utf-8", content_sha256="0" * 64)
    return parse_text(text, source)


def _speaker_name(body: str) -> str | None:
    release = _release(body)
    opening = opening_sentence(sentences(release))
    if opening is None:
        return None
    person = speaker(opening, people_rules.find_people(release, find_acronyms(release)))
    return person.name if person else None


def test_the_speaker_is_the_person_the_opening_names_after_by() -> None:
    assert _speaker_name("Following is the transcript of remarks by the Chief Secretary for "
                         "Administration, Mr Lam Ka-ho, at a media session in Rivertown "
                         "today (May 10):") == "Lam Ka-ho"


def test_a_lead_before_the_opening_does_not_name_the_speaker() -> None:
    assert _speaker_name("The delegation led by the Chief Executive, Mr Chan Tai-man, arrived "
                         "in Rivertown today (May 10). Following is the transcript of remarks "
                         "by the Chief Secretary for Administration, Mr Lam Ka-ho, at a media "
                         "session in Rivertown this evening:") == "Lam Ka-ho"


def test_an_opening_that_names_no_one_after_by_has_no_speaker() -> None:
    assert _speaker_name("Following is the transcript of a media session held in Rivertown "
                         "today (May 10):") is None
