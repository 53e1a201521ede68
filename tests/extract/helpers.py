"""Hand-written testimonies for the extraction tests: invented people, our own words."""

from __future__ import annotations

import re

from guwah.extract.pipeline import run_pipeline

# A first-person testimony of an invented witness.
TESTIMONY = """Nurlan Tursunov

I was born on 12 May 1981 in Ghulja. I am Kazakh. In 2010, I moved to Kazakhstan and later became a Kazakh citizen.

On June 2, 2018 I went to Ghulja to see my mother. Three days after, four policemen came to our house without a warrant. I was taken to a detention center and held there for ten days. The next day, the police chief, a man whose surname was Zhao, interrogated me. They strapped me into the tiger chair and beat me with batons.

I was then sent to an internment camp in Ghulja. We were forced to sing red songs every morning. We had no shower for two months. I was never given electric shocks. Some prisoners said that women were raped, but I never saw it. Rights groups report forced sterilization across the region.

A cellmate named Erlan Bekov died of torture. My brother, Daulet Tursunov, was detained on March 3, 2019. Daulet was released a year and two months later. On November 20, 2018 they released me.
"""


def doc_of(text: str, language: str | None = "en"):
    return run_pipeline(text, language)


def person_named(doc, name: str):
    for person in doc.persons:
        if name in person.names:
            return person
    raise AssertionError(f"no person named {name!r}: {[p.names for p in doc.persons]}")


def codes_of(person) -> set[str]:
    return {v.code for v in person.violations}


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))
