"""Acts told and then said to be unconfirmed, hearsay of the many, and someone's not coming home
(h-codes51). Invented sentences, each refusal beside a control where the act is told plainly.

- "…, but I cannot confirm it" after the act, or "I could not verify this." right after it, is a
  hedge of the act (`lexicon.unconfirmed_after`, the one test the events use);
- "some users claimed that …", « certains lecteurs ont écrit que … », «слух, что …» is hearsay
  (`lexicon.HEDGE`);
- "He did not come home" alone states no custody (violations.yaml: an arbitrary arrest is "taken
  into custody …"), so no code follows from it; with the police in its sentence it still does.
"""

from __future__ import annotations

from guwah.extract.pipeline import run_pipeline


def _codes(text: str, name: str, language: str = "en") -> set[str]:
    doc = run_pipeline(text, language)
    return {v.code for p in doc.persons if p.name and name in p.name for v in p.violations}


def test_an_act_said_to_be_unconfirmed_after_it_is_hedged():
    assert "torture.beating" not in _codes(
        "Rustam Ablimit was beaten with a rubber hose in the cellar, but I cannot confirm it.", "Rustam Ablimit")
    assert "torture.beating" not in _codes(
        "Rustam Ablimit was beaten with a rubber hose in the cellar. I could not verify this.", "Rustam Ablimit")
    assert "torture.beating" not in _codes(
        "Rustam Ablimit was beaten with a rubber hose in the cellar; we could not confirm it.", "Rustam Ablimit")
    # the controls: a remark on a later clause, someone who can confirm it, the act told plainly, the
    # hedge before it, a denial beside a real act
    assert "labour.forced_labour" in _codes(
        "Rustam Ablimit was sent to a glove factory in Henan and was not allowed to leave it; his aunt says "
        "he has a daughter there now, which nobody in the family can confirm.", "Rustam Ablimit")
    assert "torture.beating" in _codes(
        "Rustam Ablimit was beaten with a rubber hose in the cellar, and his cellmate can confirm it.", "Rustam Ablimit")
    assert "torture.beating" in _codes(
        "Rustam Ablimit was beaten with a rubber hose in the cellar.", "Rustam Ablimit")
    assert "torture.beating" not in _codes(
        "Rustam Ablimit may have been beaten with a rubber hose in the cellar.", "Rustam Ablimit")
    told = _codes("Rustam Ablimit was not beaten, but he was given electric shocks in the cellar.", "Rustam Ablimit")
    assert "torture.electric_shock" in told and "torture.beating" not in told


def test_hearsay_of_users_and_readers_is_a_hedge():
    assert "torture.beating" not in _codes(
        "Several users also claimed online that Rustam Ablimit was beaten in the county jail.", "Rustam Ablimit")
    assert "torture.beating" not in _codes(
        "Certains internautes du forum ont écrit que Rustam Ablimit avait été battu en prison.", "Rustam Ablimit", "fr")
    # the control: the same act told by the writer
    assert "torture.beating" in _codes(
        "Rustam Ablimit was beaten in the county jail, his cellmate told us.", "Rustam Ablimit")


def test_not_coming_home_alone_is_no_arrest():
    assert "detention.arbitrary_arrest" not in _codes(
        "On a Friday in 2019 Kamila Turdi left for the market. Kamila Turdi did not come home.", "Kamila Turdi")
    assert "detention.arbitrary_arrest" not in _codes(
        "Kamila Turdi never came back from her cousin's wedding in Kucha.", "Kamila Turdi")
    # the controls: summoned by the police, or taken, and not back
    assert "detention.arbitrary_arrest" in _codes(
        "Kamila Turdi was summoned to the police station in 2019 and never came back.", "Kamila Turdi")
    assert "detention.arbitrary_arrest" in _codes(
        "In 2019 the police took Kamila Turdi from her shop without any explanation.", "Kamila Turdi")


def test_a_recording_made_to_order_is_a_confession_a_denunciation_when_it_denounces():
    plain = _codes("Last spring officials made Patime Sadir record a video saying she was content and needed nothing. "
                   "Patime Sadir was made to record a video for the county channel.", "Patime Sadir")
    assert "coercion.forced_confession" in plain and "coercion.forced_denunciation" not in plain
    denouncing = _codes("Patime Sadir was made to record a video calling her nephew abroad a liar and a traitor.",
                        "Patime Sadir")
    assert "coercion.forced_denunciation" in denouncing
    # the controls: hedged and denied
    assert not _codes("Patime Sadir may have been made to record a video for the county channel.", "Patime Sadir") \
        & {"coercion.forced_confession", "coercion.forced_denunciation"}
    assert "coercion.forced_confession" not in _codes(
        "Patime Sadir was never made to record a video, but she was beaten at the station.", "Patime Sadir")


def test_made_to_sit_on_a_chair_for_hours_is_no_stress_position():
    assert "torture.stress_position" not in _codes(
        "In the camp Nurbek Qasim was forced to sit on a metal chair for hours during questioning.", "Nurbek Qasim")
    # the control: made to squat for hours
    assert "torture.stress_position" in _codes(
        "In the camp Nurbek Qasim was forced to squat for hours in the yard.", "Nurbek Qasim")
