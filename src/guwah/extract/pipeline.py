"""The extraction pipeline: an ordered list of small components, document in, document out.

Each component reads what earlier ones set (named in `needs`) and sets its own fields.
`EXTRACTOR` and `VERSION` are recorded with every proposal and extraction run: change VERSION
whenever a change to the rules can change the output, so that `guwah extract --all` re-runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from guwah.extract import (
    dates,
    events,
    facilities,
    ner,
    persons,
    places,
    regional,
    roles,
    roles_model,
    sentences,
    violations,
)
from guwah.extract.document import Doc

log = logging.getLogger(__name__)

EXTRACTOR = "guwah.extract"
VERSION = "0.61.0"
MAX_CHARS = 5_000_000  # longer texts are cut, with a warning
_SUPPORTED = {"en"}
_BASIC = {"fr", "ru"}  # persons, places, dates, events and the main violation codes


@dataclass(frozen=True)
class Component:
    name: str
    needs: tuple[str, ...]
    sets: tuple[str, ...]
    run: Callable[[Doc], None]


def _language(doc: Doc) -> None:
    from guwah.language import detect_language

    if doc.language is None:
        doc.language = detect_language(doc.text)
    if doc.language not in _SUPPORTED | _BASIC | set(regional.LANGUAGES):
        doc.warnings.append(f"language {doc.language or 'unknown'}: rules are written for English, French and Russian")


def _analysis(doc: Doc) -> None:
    _set_analysis(doc, ner.analyse(doc.text, doc.language))


def _set_analysis(doc: Doc, analysis) -> None:
    doc.analysis = analysis
    if doc.analysis is None:
        doc.warnings.append(f"{ner.MODEL_MISSING}: no language model installed for "
                            f"{doc.language or 'this language'}; persons found by rules only (lower precision)")
    else:
        doc.model = doc.analysis.model


def _violations(doc: Doc) -> None:
    violations.find_violations(doc)  # triggers in English, French and Russian


COMPONENTS = [
    Component("language", (), ("language",), _language),
    # hard-wrapped prose joined into lines (one character for one: offsets do not move)
    Component("lines", ("language",), ("text",), sentences.unwrap_lines),
    Component("analysis", ("language",), ("analysis", "model"), _analysis),
    Component("sentences", (), ("sentences",), sentences.split_sentences),
    Component("dates", ("sentences",), ("dates", "durations"), dates.find_dates),
    Component("places", ("analysis",), ("places", "place_spans"), places.find_places),
    Component("persons", ("sentences", "places", "dates", "analysis"), ("persons", "person_spans", "speakers"),
              persons.find_persons),
    Component("facilities", ("places",), ("facilities", "facility_spans"), facilities.find_facilities),
    Component("events", ("persons", "dates", "places", "facilities"), ("events",), events.find_events),
    Component("violations", ("persons", "events"), ("persons.violations",), _violations),
    Component("roles", ("events", "persons.violations"), ("persons.roles",), roles.assign_roles),
    # an unnamed relative the text tells nothing of is no person (persons.drop_passing_kin)
    Component("passing kin", ("persons.roles",), ("persons", "person_spans"), persons.drop_passing_kin),
    # the trained model: persons not of the text dropped, the victim role decided (roles_model.py)
    Component("person model", ("persons.roles",), ("persons", "persons.roles"), roles_model.apply),
]


def run_pipeline(text: str, language: str | None = None, document_date: date | None = None) -> Doc:
    """Run every component over the text and return the filled document.

    Args:
        text: the document's text.
        language: ISO 639-1 code, detected when None.
        document_date: when the document was said or written (interview, else publication date):
            what "last year" and "in December" count from; None leaves them unresolved.
    """
    return run_pipelines([(text, language, document_date)])[0]


def run_pipelines(items: list[tuple[str, str | None, date | None]], *, persons_only: bool = False) -> list[Doc]:
    """`run_pipeline` over several texts, given as (text, language, document date): the same
    documents, with the statistical analysis of the texts of one language made in one batch
    (`ner.analyse_many`), which costs less CPU a text than one at a time.

    With `persons_only`, a document's steps stop after "persons" where the later ones cannot add,
    drop or rename a person (`_later_steps_change_persons`): its persons are then those of the
    full run, with their names, mentions and relations, but without the acts, events and roles
    the later steps give; its other fields stay as those steps left them (no events, facilities).
    What names someone in a short text (a release's title, `guwah.publish.unread_names`) costs
    about half as much."""
    docs = []
    for text, language, document_date in items:
        doc = Doc(text=text, language=language, document_date=document_date)
        if len(text) > MAX_CHARS:
            doc.text = text[:MAX_CHARS]
            doc.warnings.append(f"text cut to its first {MAX_CHARS} characters")
        for component in COMPONENTS[:_ANALYSIS]:
            component.run(doc)  # the language decides which rules read the rest
        docs.append(doc)
    analysed = [doc for doc in docs if doc.language not in regional.LANGUAGES]
    for language in dict.fromkeys(doc.language for doc in analysed):
        group = [doc for doc in analysed if doc.language == language]
        analyses = [ner.analyse(group[0].text, language)] if len(group) == 1 else \
            ner.analyse_many([doc.text for doc in group], language)
        for doc, analysis in zip(group, analyses, strict=True):
            _set_analysis(doc, analysis)
    for doc in docs:
        if doc.language in regional.LANGUAGES:
            regional.run(doc)  # Uyghur, Kazakh, Chinese: places, dates, names and facilities only
        else:
            for component in COMPONENTS[_ANALYSIS + 1:]:  # the analysis is made above, for the batch
                component.run(doc)
                if persons_only and component.name == "persons" and not _later_steps_change_persons(doc):
                    break
        regional.warn_mixed_scripts(doc)
    return docs

_ANALYSIS = [component.name for component in COMPONENTS].index("analysis")
# The steps `find_details` runs after the analysis: no persons, events or acts.
_DETAIL_STEPS = ("sentences", "dates", "places", "facilities")


def find_details(text: str, language: str | None = None) -> Doc:
    """The dates, places and facilities of a text, read by the same rules as `run_pipeline` but
    without persons, events or acts (facilities need only places): what a reviewer of a
    pseudonymous release is shown still standing in its text (`guwah.releases.details_left`)."""
    doc = Doc(text=text[:MAX_CHARS], language=language)
    for component in COMPONENTS[:_ANALYSIS]:
        component.run(doc)
    if doc.language in regional.LANGUAGES:
        regional.run(doc)  # Uyghur, Kazakh, Chinese: places, dates, names and facilities only
        return doc
    _analysis(doc)
    for component in COMPONENTS[_ANALYSIS + 1:]:
        if component.name in _DETAIL_STEPS:
            component.run(doc)
    return doc


def _later_steps_change_persons(doc: Doc) -> bool:
    """Whether the steps after "persons" may change the document's persons: the person model drops
    and restores persons where it applies (`roles_model.applies`), and "passing kin" drops unnamed
    relatives (shown by their named owner's name: "Tashpolat Yunusbek's brother"). Facilities,
    events, violations and roles only add to the persons they find."""
    return roles_model.applies(doc) or any(person.kin_of is not None and not person.names for person in doc.persons)


def run_from(doc: Doc, name: str) -> None:
    """Run the steps of COMPONENTS from the one called `name` to the end on a document whose earlier
    steps have run (the benches re-run the violations step and what follows under another act
    model). KeyError for a name that is no step."""
    names = [component.name for component in COMPONENTS]
    if name not in names:
        raise KeyError(name)
    for component in COMPONENTS[names.index(name):]:
        component.run(doc)
