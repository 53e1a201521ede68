FILE = "zh01_weibo_xunren.txt"
LANG = "zh"
DATE = "2025-03-14"
NOTE = ("Weibo-style post with counters, hashtag, hot comments, a deleted comment and the administrator's restriction "
        "note, simplified Chinese. Handles ('@阿依努尔在上海', '@天山雪莲999', '@理性吃瓜群众', '@小白杨') stand for "
        "the posters and are person mentions ('上海' inside the handle is no place mention; the later '在上海读研' is). "
        "艾尔肯·吐尔逊 (father): taken from home in Kashgar on the night of '去年十月二十日' (= 2024-10-20) by "
        "community and police staff 'to study' = arbitrary arrest + internment camp; his phone checked by police several times for 'foreign software' = digital surveillance; nobody tells the family where = "
        "disappearance + incommunicado. The mother (unnamed), threatened '前天', is not annotated. 艾克拜尔 "
        "(brother, student in Urumqi): counsellor pressing him to make his sister delete posts = family reprisal (no "
        "event). '@理性吃瓜群众''s 'vocational training, not arrested' is a commenter's sarcastic counter-claim, no "
        "negation. The commenter's uncle is unnamed. '今天' = 2025-03-14, '前天' = 2025-03-12, '前年' = 2023; "
        "'上周', '五个月', '两个小时' not annotated.")
ORGS = []
PERSONS = [
    P("p1", "@阿依努尔在上海", ["@阿依努尔在上海"], ["narrator", "relative"], gender="female",
      rel=[("daughter", "p2"), ("sister", "p3")]),
    P("p2", "艾尔肯·吐尔逊", ["艾尔肯·吐尔逊"], ["victim"], gender="male", rel=[("father", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "被社区的人和派出所的人从喀什家里带走"),
            ("detention.internment_camp", "说是“去学习几天”"),
            ("surveillance.digital", "派出所的人查过他的手机好几次，说里面有“境外软件”"),
            ("disappearance.enforced", "谁都不告诉我们他在哪儿"),
            ("detention.incommunicado", "谁都不告诉我们他在哪儿")]),
    P("p3", "艾克拜尔", ["艾克拜尔"], ["victim", "relative"], gender="male", rel=[("brother", "p1"), ("son", "p2")],
      viol=[("family.reprisal", "辅导员找他谈了两个小时，让他劝我删掉以前的帖子，不然“影响毕业分配”")]),
    P("p4", "@天山雪莲999", ["@天山雪莲999"], ["witness"]),
    P("p5", "@理性吃瓜群众", ["@理性吃瓜群众"], ["other"]),
    P("p6", "@小白杨", ["@小白杨"], ["other"]),
]
PLACES = [L("Kashgar", ["喀什"]), L("Urumqi", ["乌鲁木齐"]), L("Shanghai", ["上海"])]
DATES = [
    D("2025年3月14日", "2025-03-14", "day"), D("去年十月二十日", "2024-10-20", "day"), D("到[[今天]]", "2025-03-14", "day"),
    D("前天", "2025-03-12", "day"), D("前年", "2023", "year"),
]
EVENTS = [("arrest", "p2", "2024-10-20"), ("detention", "p2", "2024-10-20")]
NEGATED = []
FORBIDDEN = []
