"""Three entries narrowed where they fired only falsely on the tuning sets they had never seen
(bench/rule_generalisation.py): questioned at a police station is no pre-trial detention unless it
lasted days or nights; a face scanned at a checkpoint is no biometric collection; a Uyghur camp whose
verb after it is negated is no camp. Invented sentences."""

from guwah.extract.pipeline import run_pipeline


def _codes(text: str, name: str) -> set[str]:
    doc = run_pipeline(text)
    return {v.code for p in doc.persons if p.name and name in p.name for v in p.violations}


def test_questioned_a_few_times_at_the_station_is_no_detention():
    assert "detention.pretrial" not in _codes(
        "Dilnur Abbas was questioned twice at the county police station about her cousin and went home each evening.",
        "Dilnur Abbas")
    assert "detention.pretrial" not in _codes(
        "Gulnisa Ablet a été interrogée trois fois au commissariat du quartier, puis on l'a laissée repartir.",
        "Gulnisa Ablet")


def test_questioned_for_days_or_held_at_the_station_is():
    assert "detention.pretrial" in _codes(
        "Dilnur Abbas was questioned for three days at the county police station about her cousin.", "Dilnur Abbas")
    assert "detention.pretrial" in _codes(
        "Ilham Sopi was held at the county police station for a week in the winter of 2019.", "Ilham Sopi")
    assert "detention.pretrial" in _codes(
        "Gulnisa Ablet a été interrogée pendant quatre jours au commissariat du quartier.", "Gulnisa Ablet")


def test_a_face_scanned_at_a_checkpoint_is_no_biometric_collection():
    assert "medical.biometric_collection" not in _codes(
        "Near the bazaar a patrol halted Memet Tursun at a checkpoint and scanned his face before letting him pass.",
        "Memet Tursun")
    # the controls: a face photographed for the record, irises scanned
    assert "medical.biometric_collection" in _codes(
        "At the township office they photographed the face of Memet Tursun from several angles.", "Memet Tursun")
    assert "medical.biometric_collection" in _codes(
        "At the township office officials scanned the irises of Memet Tursun.", "Memet Tursun")


def test_a_uyghur_camp_whose_verb_is_negated_is_no_camp():
    denied = run_pipeline("2019-يىلى ساقچىلار ئۆيىمىزگە كەلدى. دادام ئابلەت ھەسەن لاگېرغا ئېلىپ كېتىلمىدى، "
                          "ئەمما پاسپورتى يىغىۋېلىندى.")
    assert not any(v.code == "detention.internment_camp" for p in denied.persons for v in p.violations)
    told = run_pipeline("2019-يىلى ساقچىلار ئۆيىمىزگە كەلدى. دادام ئابلەت ھەسەن لاگېرغا ئېلىپ كېتىلدى.")
    assert any(v.code == "detention.internment_camp" for p in told.persons for v in p.violations)  # the control
    latin = run_pipeline("Dadam Ablet Hesen 2019-yili lagérgha kirmidi, emma pasporti yighiwélindi.")
    assert not any(v.code == "detention.internment_camp" for p in latin.persons for v in p.violations)
