"""A journey into China told as a stay away from home is a return (issue 11, h-return61): its purpose a
visit to family there ("went to Hami for his sister's wedding", « partie à Hami pour voir sa mère »,
«поехал в Турфан к своему отцу», «анасын көру үшін Құлжаға барды») or the traveller never back from it
("… and did not come back", « n'est jamais revenu »), where the gazetteer puts the destination in China
(`events._VISIT_AWAY`, the kk entry's `dest` group). Not a trip abroad, not one only planned, not a thing
sent, not a visit by someone whose life the text puts in China (`events._placed`). A Kazakh move to a
city the gazetteer puts abroad is an exit. Invented names and sentences; a control beside each negative."""

from __future__ import annotations

import pytest

from guwah.extract import extract_text


def journeys(text: str, language: str, kind: str = "return") -> set[tuple[str | None, str | None]]:
    out = extract_text(text, language=language, document_date="2024-01-01")
    names = {p["id"]: p["name"] for p in out["persons"]}
    return {(names.get(e["person"]), (e["date"] or {}).get("value")) for e in out["events"] if e["type"] == kind}


@pytest.mark.parametrize("text, language, expected", [
    # a wedding in the family, and never back; the neighbour's trip abroad is no return
    ("In March 2018 Ilyar Sawut went to Hami for his sister's wedding and did not come back. His neighbour Rozi "
     "Tokhti went to Almaty to see his uncle in May 2018. Both were detained in June 2018.", "en",
     {("Ilyar Sawut", "2018-03")}),
    # a trip only planned is none; the husband's, made, is
    ("Nurgul Hamit planned to fly to Kashgar to see her mother in 2019, but her visa was refused. Her husband "
     "Tahir Omer flew to Kashgar to visit his parents in August 2019.", "en", {("Tahir Omer", "2019-08")}),
    # a parcel that went back is no one's journey
    ("The parcel that Dilnur Kasim sent in 2019 went back to Urumqi unopened. In July 2019 her brother Ekber Kasim "
     "travelled to Aksu to care for his father, and police detained him there.", "en", {("Ekber Kasim", "2019-07")}),
    ("En 2019, le colis envoyé par Dilnur Kasim est retourné à Urumqi. En juillet 2019, son frère Ekber Kasim est "
     "parti à Aksou pour voir son père, et la police l'a arrêté là-bas.", "fr", {("Ekber Kasim", "2019-07")}),
    # one who lives in China and visits family in another town makes no return
    ("En mai 2017, Meryem Tursun est partie à Hami pour voir sa mère. Son voisin Kerim Ablet, qui vit à Aksou, est "
     "parti à Hami en juin 2017 pour voir sa sœur.", "fr", {("Meryem Tursun", "2017-05")}),
    ("Мой брат Дамир Хасанов живёт в Кульдже. В мае 2018 года он поехал в Кашгар к больной матери. Его друг Алмас "
     "Нуров в июне 2018 года поехал в Турфан к своему отцу.", "ru", {("Алмас Нуров", "2018-06")}),
    ("En 2018, Kamil Yasin est parti à Ghulja et n'est jamais revenu. Son voisin Erkin Tohti est parti à Ghulja en "
     "2018. Tous deux ont été arrêtés en 2019.", "fr", {("Kamil Yasin", "2018")}),
    # Kazakh: to family in a place the gazetteer puts in China; the same visit to Almaty is none
    ("Менің ағам Бауыржан Төлеуов 2017 жылы науқас анасын көру үшін Құлжаға барды. Оның досы Ерлан Қасымов 2017 "
     "жылы анасын көру үшін Алматыға барды.", "kk", {("Бауыржан Төлеуов", "2017")}),
])
def test_a_visit_to_family_in_china_is_a_return(text, language, expected):
    assert journeys(text, language) == expected


def test_a_kazakh_move_to_a_city_abroad_is_an_exit_and_one_inside_china_none():
    text = ("2016 жылы Дәулет Сәрсенов Құлжадан Алматыға көшіп келді. Оның інісі Асхат Сәрсенов 2016 жылы Құлжадан "
            "Үрімжіге көшіп келді.")
    assert journeys(text, "kk", "exit") == {("Дәулет Сәрсенов", "2016")}
