FILE = "zh01_peixun_tuifei_shenqing.txt"
LANG = "zh"
DATE = "2019-04-10"
NOTE = ("Mother's application to an Urumqi English training school for a refund of her son's IELTS course fees "
        "(退费申请书: applicant and pupil fields, contract number 20180912-03 that looks like a date, course line, "
        "此致敬礼, signature) with the academic office's opinion signed by 王丽华 (= other); simplified Chinese, full gold. "
        "Uyghur naming: the son 伊力亚尔·艾买提江 carries his father's given name (father 艾买提江·吐尔洪, later bare "
        "艾买提江). Euphemisms written inside China: 被...带走 去参加“集中学习” = arbitrary arrest + internment camp; "
        "no visit and no phone = incommunicado; passports of the whole family collected “统一保管” = passport code for "
        "mother and son. '我本人没有被带去学习' negates internment camp of the mother beside her weekly flag-raising and "
        "night school (indoctrination); the son's weekly 思想汇报 = indoctrination. Father's health 听邻居说 ... 不知道是不是"
        "真的: nothing coded. 去年12月 -> 2018-12; 今年3月 -> 2019-03; '五个月' is a duration. Birth year 1982年 in the "
        "applicant field is a date; ethnicity 维吾尔族 stated for the mother only. The school's name "
        "乌鲁木齐市启航英语培训学校 is an organisation.")
ORGS = ["乌鲁木齐市启航英语培训学校"]
PERSONS = [
    P("p1", "阿依努尔·买买提", ["阿依努尔·买买提"], ["narrator", "victim", "relative"], gender="female",
      ethnicity="Uyghur", birth_year=1982, rel=[("mother", "p3"), ("wife", "p2")],
      viol=[("movement.passport_confiscation", "派出所把我们全家的护照收走"),
            ("indoctrination.political", "每周一要到社区参加升国旗和夜校，学习政策")]),
    P("p2", "艾买提江·吐尔洪", ["艾买提江·吐尔洪", "艾买提江"], ["victim", "relative"], gender="male",
      rel=[("husband", "p1"), ("father", "p3")],
      viol=[("detention.arbitrary_arrest", "被社区和派出所的人带走"),
            ("detention.internment_camp", "“集中学习”"),
            ("detention.incommunicado", "我们一次也没有见到他，电话也打不通")]),
    P("p3", "伊力亚尔·艾买提江", ["伊力亚尔·艾买提江", "伊力亚尔"], ["victim", "relative"], gender="male", age=16,
      rel=[("son", "p1"), ("son", "p2")],
      viol=[("movement.passport_confiscation", "派出所把我们全家的护照收走"),
            ("indoctrination.political", "伊力亚尔在学校也要每周写思想汇报")]),
    P("p4", "王丽华", ["王丽华"], ["other"]),
]
PLACES = [
    L("Urumqi", ["乌鲁木齐市"]),
    L("Saybag District", ["沙依巴克区"]),
]
DATES = [
    D("1982年", "1982", "year"),
    D("2018年9月", "2018-09", "month"),
    D("2018年11月", "2018-11", "month"),
    D("去年12月", "2018-12", "month"),
    D("今年3月", "2019-03", "month"),
    D(("2019年4月10日", 0), "2019-04-10", "day"),
    D(("2019年4月10日", 1), "2019-04-10", "day"),
]
EVENTS = [
    ("arrest", "p2", "2018-11"),
    ("detention", "p2", "2018-11"),
]
NEGATED = [("p1", "detention.internment_camp", "我本人没有被带去学习")]
FORBIDDEN = []
