LANG = "fr"; DATE = "2023-02-15"
TEXT = """
ACTION URGENTE — CHINE
Document public. Index : AU 07/23. Date : 15 février 2023

UNE MÈRE OUÏGHOURE DÉTENUE APRÈS LE TÉMOIGNAGE DE SA FILLE EN FRANCE

Rahima Moussa, Ouïghoure de 58 ans, habitant la vieille ville de Kachgar, a été interpellée à son domicile le 3 janvier 2023 par des policiers en civil. Son arrestation est intervenue deux jours après que sa fille, Mihriban Kadir, de nationalité française, a témoigné à visage découvert devant une commission parlementaire à Paris. Aucun mandat n'a été présenté.

Depuis, sa famille ignore où elle se trouve. Les appels au bureau de police du quartier restent sans réponse ; un agent a seulement déclaré qu'elle « apprend les lois ». Aucune accusation n'a été portée contre elle et elle n'a jamais été jugée.

Ce n'est pas sa première privation de liberté. En 2018, Rahima Moussa a passé huit mois dans un centre dit « de formation professionnelle » de Kachgar, où elle devait chanter chaque matin l'hymne national et écrire des autocritiques. Elle en est sortie en mars 2019. Son passeport, remis aux autorités « pour vérification » en 2017, ne lui a jamais été rendu.

Rahima Moussa souffre d'hypertension. Notre organisation craint qu'elle ne soit privée de son traitement et qu'elle subisse des mauvais traitements en détention.

Le 5 janvier, deux policiers se sont présentés chez son fils, Yassin Kadir, à Kachgar. Ils l'ont interrogé pendant trois heures sur les activités de sa sœur en France et lui ont ordonné de lui demander de « rester tranquille ». Yassin n'a pas été emmené.

Depuis l'été dernier, Mihriban Kadir reçoit sur WhatsApp des messages d'un numéro chinois lui rappelant que « sa mère est âgée ». Elle vit à Lyon depuis 2011.

ACTION RECOMMANDÉE
Écrivez aux autorités chinoises en demandant :
- de révéler immédiatement où se trouve Rahima Moussa et de la libérer ;
- de lui permettre de contacter sa famille et un avocat de son choix ;
- de mettre fin au harcèlement de ses proches en Chine et en France.
"""
NOTE = ("Urgent Action of a human-rights NGO (French; index and date line = document date; 'Amnesty' as author of a fear is an "
        "organisation, not a person); French-mediated spellings 'Rahima Moussa', 'Yassin', 'Kachgar'; «a été interpellée» "
        "and the nominalisation «Son arrestation … Aucun mandat» = arbitrary_arrest with arrest+detention on 2023-01-03; arrest two "
        "days after the daughter's testimony = family.reprisal for the mother and transnational.harassment for the daughter (plus "
        "the WhatsApp messages since 'l'été dernier' -> 2022); «sa famille ignore où elle se trouve» = incommunicado + "
        "disappearance (event 2023-01-03); «elle n'a jamais été jugée» negated (prison_sentence); a past stay in a «centre dit "
        "de formation professionnelle» in 2018 (internment_camp, indoctrination: anthem + self-criticism; a detention event at 2018 with no arrest stated), release mars 2019; "
        "passport handed in «pour vérification» in 2017 = passport_confiscation; the NGO's fear of denied treatment and "
        "ill-treatment is not a stated act (forbidden); the son questioned at home on 5 janvier (2023-01-05) = interrogation + "
        "family.reprisal, «Yassin n'a pas été emmené» negated (arbitrary_arrest); France/Chine and «chinois/chinoises» adjectives.")
P = [
 dict(id="p1", name="Rahima Moussa", names=["Rahima Moussa"], roles=["victim"], gender="female", ethnicity="Ouïghoure", age=58,
      relations=[("mother", "p2"), ("mother", "p3")],
      violations=[
       ("detention.arbitrary_arrest", "Son arrestation est intervenue deux jours après"),
       ("family.reprisal", "Son arrestation est intervenue deux jours après que sa fille, Mihriban Kadir, de nationalité française, a témoigné à visage découvert devant une commission parlementaire à Paris."),
       ("detention.incommunicado", "Les appels au bureau de police du quartier restent sans réponse"),
       ("disappearance.enforced", "Depuis, sa famille ignore où elle se trouve."),
       ("detention.internment_camp", "a passé huit mois dans un centre dit « de formation professionnelle » de Kachgar"),
       ("indoctrination.political", "elle devait chanter chaque matin l'hymne national et écrire des autocritiques"),
       ("movement.passport_confiscation", "Son passeport, remis aux autorités « pour vérification » en 2017, ne lui a jamais été rendu."),
      ]),
 dict(id="p2", name="Mihriban Kadir", names=["Mihriban Kadir"], roles=["relative", "witness", "victim"], gender="female",
      citizenship=["France"], relations=[("daughter", "p1"), ("sister", "p3")],
      violations=[("transnational.harassment", "reçoit sur WhatsApp des messages d'un numéro chinois lui rappelant que « sa mère est âgée »")]),
 dict(id="p3", name="Yassin Kadir", names=["Yassin Kadir", "Yassin"], roles=["relative", "victim"], gender="male",
      relations=[("son", "p1"), ("brother", "p2")],
      violations=[("family.reprisal", "Ils l'ont interrogé pendant trois heures sur les activités de sa sœur en France")]),
]
PL = [("China", ["CHINE", "Chine"]), ("France", ["FRANCE", "France"]), ("Kashgar", ["Kachgar"]), ("Paris", ["Paris"]),
      ("Lyon", ["Lyon"])]
D = [("15 février 2023", "2023-02-15"), ("3 janvier 2023", "2023-01-03"), ("2018", "2018"), ("mars 2019", "2019-03"),
     ("2017", "2017"), ("5 janvier", "2023-01-05"), ("l'été dernier", "2022"), ("2011", "2011")]
E = [("arrest", "p1", "2023-01-03"), ("detention", "p1", "2023-01-03"), ("disappearance", "p1", "2023-01-03"),
     ("detention", "p1", "2018"), ("release", "p1", "2019-03"), ("interrogation", "p3", "2023-01-05")]
NEG = [("p1", "detention.prison_sentence", "elle n'a jamais été jugée"),
       ("p3", "detention.arbitrary_arrest", "Yassin n'a pas été emmené")]
FORB = [("p1", "ill_treatment.denied_medical_care"), ("p1", "torture.beating"), ("p2", "detention.arbitrary_arrest")]
