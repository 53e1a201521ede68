FILE = "zh01_zhuanhua_zongjie.txt"
LANG = "zh"
DATE = "2019-01-10"
NOTE = ("Township party committee's annual 'education transformation' work summary (simplified Chinese). Persons, places and dates "
        "only: events, negated, forbidden and violations are empty for this file. Orgs: 中共七个星镇委员会, 七个星镇党委办公室 (no place "
        "inside); the facility 焉耆县职业技能教育培训中心 contains a place mention. Address chain 巴音郭楞蒙古自治州 / "
        "焉耆回族自治县 / 七个星镇 / 霍拉山村 gives one mention per unit; 焉耆县 = 焉耆回族自治县. Turkic naming in Chinese: son "
        "艾尔肯·阿不都克里木 <- 阿不都克里木·买买提; bare 阿不都克里木 is a mention of the father only where it stands alone "
        "(阿不都克里木本人). Officials 刘志刚 (所长) and 王海燕 (包联干部). Ethnicity 维吾尔族, 回族 as written. Dates: '2018年度' "
        "-> span 2018年, '次日' after '2018年3月' -> year, '同年9月', '同年8月'; '三个月' is a duration. '境外', '国外' are not places; "
        "'一百余名' background.")
ORGS = ["中共七个星镇委员会", "七个星镇党委办公室"]
PERSONS = [
    P("p1", "阿不都克里木·买买提", ["阿不都克里木·买买提", "阿不都克里木"], ["victim"], gender="male", ethnicity="维吾尔族",
      birth_year=1971, rel=[("father", "p2")]),
    P("p2", "艾尔肯·阿不都克里木", ["艾尔肯·阿不都克里木"], ["victim", "relative"], gender=None, rel=[("son", "p1")]),
    P("p3", "刘志刚", ["刘志刚"], ["official", "perpetrator"], gender=None),
    P("p4", "马秀英", ["马秀英"], ["victim"], gender="female", ethnicity="回族", birth_year=1965),
    P("p5", "王海燕", ["王海燕"], ["official"], gender=None),
]
PLACES = [
    L("Qiguxing", ["七个星镇"]),
    L("Yanqi County", ["焉耆县", "焉耆回族自治县"]),
    L("Bayingolin Mongol Autonomous Prefecture", ["巴音郭楞蒙古自治州"]),
    L("Horashan village", ["霍拉山村"]),
    L("Jiangsu", ["江苏省"]),
    L("Suzhou", ["苏州市"]),
]
DATES = [
    D("镇[[2018年]]度", "2018", "year"),
    D("2019年1月10日", "2019-01-10", "day"),
    D("[[2018年]]，在县委", "2018", "year"),
    D("1971年", "1971", "year"),
    D("2018年3月", "2018-03", "month"),
    D("次日", "2018", "year"),
    D("同年9月", "2018-09", "month"),
    D("1965年", "1965", "year"),
    D("2018年5月", "2018-05", "month"),
    D("同年8月", "2018-08", "month"),
]
