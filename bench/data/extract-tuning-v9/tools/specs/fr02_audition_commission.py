LANG = "fr"; DATE = "2024-05-22"
TEXT = """
Compte rendu — Commission d'enquête
Audition de Mme Jannat Erbolkyzy, ancienne détenue
Séance du mercredi 22 mai 2024, 14 heures

M. le président. Madame, vous avez la parole.

Mme Jannat Erbolkyzy. Merci. Je suis kazakhe, née en 1980 dans le district d'Altaï, au nord du Xinjiang. J'ai la nationalité kazakhstanaise depuis 2021. Il y a six ans, en avril, deux agents sont venus à l'école où j'enseignais. Ils ne m'ont rien expliqué. On m'a conduite au centre de détention de la ville d'Altaï.

Là-bas, les premières semaines, on nous faisait rester accroupies contre le mur jusqu'à ne plus sentir nos jambes. La lumière ne s'éteignait jamais et un gardien tapait à la porte toutes les vingt minutes. Les fers aux pieds, nous les gardions même pour manger.

Une infirmière m'a prélevé du sang ; on a photographié mes yeux de très près et on m'a fait lire un texte devant un micro. Pas de coups, non. Ils n'en avaient pas besoin.

M. le président. Combien de temps cela a-t-il duré ?

Mme Jannat Erbolkyzy. Onze mois. Ensuite on a parlé de « remise en liberté », mais j'ai été affectée à une ganterie de la zone industrielle. Six jours sur sept, 300 yuans par mois, dont la moitié retenue pour la « cantine ». Je dormais sur place. Je suis partie pour le Kazakhstan en août 2020, grâce à l'intervention de mon mari, Askar Jaqyp, qui vivait à Almaty.

Une députée. Et votre frère ?

Mme Jannat Erbolkyzy. Mon frère, Marat Erbolouly, a été emmené la même semaine que moi. Nous n'avons plus rien su de lui pendant un an et demi. En février 2020, on a appelé ma mère pour qu'elle vienne chercher le corps. « Décédé pendant sa rééducation », c'est tout ce qu'on lui a dit. Il avait trente-six ans. On lui a rendu un corps couvert de bleus ; je ne peux pas vous dire ce qui s'est passé, je n'étais pas là.

Mon mari, lui, n'a jamais été inquiété : il n'est pas retourné en Chine depuis 2016.

M. le président. Merci, madame. La séance est levée à 15 h 10.
"""
NOTE = ("Verbatim minutes of a parliamentary inquiry hearing (French; session line = document date; «M. le président» and «Une "
        "députée» are titles, not persons; the heading 'Audition de Mme Jannat Erbolkyzy' and the speaker labels are mentions); "
        "witness-narrator is Kazakh with Kazakhstan citizenship since 2021 ('kazakhstanaise'); «Il y a six ans, en avril» -> 2018-04 "
        "('Il y a six ans' resolves on the session date); 'Ils ne m'ont rien expliqué. On m'a conduite' = arbitrary_arrest over two "
        "sentences (arrest+detention 2018-04), detention centre = pretrial; squatting against the wall = stress_position; light on "
        "and knocking every twenty minutes = sleep_deprivation; leg irons while eating = shackling; blood, close-up eye photographs "
        "(iris) and a voice recording = biometric_collection; 'Pas de coups, non.' negated (beating); release after 'Onze mois' "
        "(2019-03) into a glove factory = forced_labour (no date event for the factory); exit août 2020; the brother 'emmené la même "
        "semaine' (arrest+detention 2018-04), 'plus rien su de lui' = incommunicado + disappearance, body returned in février 2020 "
        "= death + death.in_custody; 'couvert de bleus' with 'je ne peux pas vous dire' is not an asserted beating (forbidden); the "
        "husband 'n'a jamais été inquiété' (arbitrary_arrest negated).")
P = [
 dict(id="p1", name="Jannat Erbolkyzy", names=["Jannat Erbolkyzy"], roles=["narrator", "victim", "witness", "relative"],
      gender="female", ethnicity="kazakhe", birth_year=1980, citizenship=["Kazakhstan"], relations=[("sister", "p3"), ("wife", "p2")],
      violations=[
       ("detention.arbitrary_arrest", "Ils ne m'ont rien expliqué. On m'a conduite au centre de détention de la ville d'Altaï."),
       ("detention.pretrial", "On m'a conduite au centre de détention de la ville d'Altaï."),
       ("torture.stress_position", "on nous faisait rester accroupies contre le mur jusqu'à ne plus sentir nos jambes"),
       ("torture.sleep_deprivation", "La lumière ne s'éteignait jamais et un gardien tapait à la porte toutes les vingt minutes."),
       ("detention.shackling", "Les fers aux pieds, nous les gardions même pour manger."),
       ("medical.biometric_collection", "Une infirmière m'a prélevé du sang ; on a photographié mes yeux de très près et on m'a fait lire un texte devant un micro."),
       ("labour.forced_labour", "j'ai été affectée à une ganterie de la zone industrielle. Six jours sur sept, 300 yuans par mois, dont la moitié retenue pour la « cantine »."),
      ]),
 dict(id="p2", name="Askar Jaqyp", names=["Askar Jaqyp"], roles=["relative"], gender="male", relations=[("husband", "p1")]),
 dict(id="p3", name="Marat Erbolouly", names=["Marat Erbolouly"], roles=["victim", "relative"], gender="male", age=36,
      relations=[("brother", "p1")],
      violations=[
       ("detention.arbitrary_arrest", "a été emmené la même semaine que moi"),
       ("detention.incommunicado", "Nous n'avons plus rien su de lui pendant un an et demi."),
       ("disappearance.enforced", "Nous n'avons plus rien su de lui"),
       ("detention.internment_camp", "Décédé pendant sa rééducation"),
       ("death.in_custody", "« Décédé pendant sa rééducation », c'est tout ce qu'on lui a dit."),
      ]),
]
PL = [("Altay Prefecture", ["district d'Altaï"]), ("Xinjiang", ["Xinjiang"]), ("Altay City", ["ville d'Altaï"]),
      ("Kazakhstan", ["Kazakhstan"]), ("Almaty", ["Almaty"]), ("China", ["Chine"])]
D = [("mercredi 22 mai 2024", "2024-05-22"), ("1980", "1980"), ("2021", "2021"), ("Il y a six ans, en avril", "2018-04"),
     ("août 2020", "2020-08"), ("février 2020", "2020-02"), ("2016", "2016")]
E = [("arrest", "p1", "2018-04"), ("detention", "p1", "2018-04"), ("release", "p1", None), ("exit", "p1", "2020-08"),
     ("arrest", "p3", "2018-04"), ("detention", "p3", "2018-04"), ("disappearance", "p3", "2018-04"), ("death", "p3", "2020-02")]
NEG = [("p1", "torture.beating", "Pas de coups, non."),
       ("p2", "detention.arbitrary_arrest", "Mon mari, lui, n'a jamais été inquiété")]
FORB = [("p3", "torture.beating"), ("p1", "detention.internment_camp"), ("p1", "detention.prison_sentence")]
