FILE = "zh01_wangge_zoufang_rizhi.txt"
LANG = "zh"
DATE = "2018-11-30"
NOTE = ("Community grid worker's visit log, simplified Chinese (title, recorder line with signature omitted, date, dated "
        "entries 11月26日..11月29日, remark). Persons, places and dates only: events, negated, forbidden and violations are empty "
        "for this file. The recorder (网格员) is unnamed. Family of 吐尔逊·买买提 (b. 1962): wife 热孜万古丽·艾买提, children "
        "阿依古丽·吐尔逊 (bare 阿依古丽 later), 艾力·吐尔逊 (in Egypt), 买买提江·吐尔逊 (b. 2001) — children's surname = father's "
        "given name. 库尔班·阿不都拉 (71; bare 库尔班 twice) <- son 阿不都热合曼·库尔班. Officials 李建国 (社区书记) and 王磊 (民警); "
        "帕提古丽·亚森 is an absentee. Entry dates without year -> 2018; 去年3月 -> 2017-03; 今年 -> 2018. Facility and prison "
        "names contain place mentions (疏附县, 新疆). 市区, 派出所 are not places; '下周' (future) not annotated.")
PERSONS = [
    P("p1", "阿依古丽·吐尔逊", ["阿依古丽·吐尔逊", "阿依古丽"], ["relative"], gender="female", rel=[("daughter", "p2"), ("daughter", "p3")]),
    P("p2", "吐尔逊·买买提", ["吐尔逊·买买提"], ["victim"], gender="male", birth_year=1962,
      rel=[("father", "p1"), ("husband", "p3"), ("father", "p4"), ("father", "p5")]),
    P("p3", "热孜万古丽·艾买提", ["热孜万古丽·艾买提"], ["relative", "witness"], gender="female", rel=[("wife", "p2")]),
    P("p4", "艾力·吐尔逊", ["艾力·吐尔逊"], ["relative"], gender="male", rel=[("son", "p2")]),
    P("p5", "买买提江·吐尔逊", ["买买提江·吐尔逊"], ["relative"], gender="male", birth_year=2001, rel=[("son", "p2")]),
    P("p6", "库尔班·阿不都拉", ["库尔班·阿不都拉", "库尔班"], ["relative"], gender="male", age=71, rel=[("father", "p7")]),
    P("p7", "阿不都热合曼·库尔班", ["阿不都热合曼·库尔班"], ["victim"], gender="male", rel=[("son", "p6")]),
    P("p8", "李建国", ["李建国"], ["official"], gender=None),
    P("p9", "帕提古丽·亚森", ["帕提古丽·亚森"], ["other"], gender="female"),
    P("p10", "王磊", ["王磊"], ["official", "perpetrator"], gender=None),
]
PLACES = [
    L("Kashgar", ["喀什市"]),
    L("Shufu County", ["疏附县"]),
    L("Egypt", ["埃及"]),
    L("Xinjiang", ["新疆"]),
    L("Ürümqi", ["乌鲁木齐"]),
    L("Shule County", ["疏勒县"]),
    L("Artux", ["阿图什市"]),
]
DATES = [
    D("2018年11月30日", "2018-11-30", "day"),
    D("11月26日", "2018-11-26", "day"),
    D("1962年", "1962", "year"),
    D("2017年10月", "2017-10", "month"),
    D("2016年", "2016", "year"),
    D("11月27日", "2018-11-27", "day"),
    D("今年", "2018", "year"),
    D("去年3月", "2017-03", "month"),
    D("11月28日", "2018-11-28", "day"),
    D("11月29日", "2018-11-29", "day"),
    D("2001年", "2001", "year"),
]
