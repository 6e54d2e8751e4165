"""Issue 10: near misses -- questions about something the documents name without giving what is asked of it -- are
refused, with what the documents do say; each mechanism tested on a document written for the test."""
from __future__ import annotations

from tests.test_heldout import engine_with

SUMMARY = """# Webinar on the Pacific Review of the GCM: summary

Online, 14 March 2042

## 1. Roadmap

The roadmap towards the review is as follows: in April 2042 the Migration Week, with the launch of the
Secretary-General's report; in May 2042 the consultation with stakeholders; in June 2042 the review itself.

## 2. Resources

Ms. Ana Leota presented a repository of practices that will be made available to participants in the future, where
organisations will be able to share what worked in their countries.
"""


def test_the_day_of_a_thing_is_said_of_it(index_dir, tmp_path):
    """"when will the repository of practices be launched?": the document names the repository and no day for it; the
    roadmap's "launch of the Secretary-General's report" in April is another thing's launch (it answered "in April
    2042 the Migration Week, with the launch of ..."). The report's launch is still answered."""
    _, engine = engine_with(tmp_path / "2042-03-14_pacific-review-webinar-summary.md", SUMMARY, index_dir)
    for q in ("pacific review webinar: when will the repository of practices be launched?",
              "le répertoire des pratiques du webinaire sur l'examen du Pacifique sera lancé quand ?"):
        a = engine.answer(q)
        assert not a.answered, (q, a.answer)
        assert "repository of practices" in a.answer, (q, a.answer)      # what they do say of it
    a = engine.answer("pacific review webinar: when is the secretary-general's report launched?")
    assert a.answered and "April 2042" in a.answer, a.answer
