FILE = "zh01_chuzufang_qingkuang_shuoming.txt"
LANG = "zh"
DATE = "2018-09-20"
NOTE = ("Landlord's written statement (情况说明) to a residents' committee and property office about a rented flat in "
        "Ürümqi, simplified Chinese, FULL gold. Addressees '友好路街道幸福路社区居委会', '小区物业服务中心' and the compound "
        "'幸福路小区' are orgs (no place mention inside); '501室', '3号楼2单元', phone number, ages '（9岁）' '（6岁）' and "
        "'租期三年' are not dates. The landlord 张国庆 (汉族, 1962) is the narrator; signature '说明人：张国庆' is a mention. "
        "Tenant 阿不都热合曼·吐尔逊 (维吾尔族, 1985) and bare 阿不都热合曼; wife 古丽娜尔·买买提 and bare 古丽娜尔; children "
        "named by given name only. 乌鲁木齐市 inside the facility name is a place mention. '次日' -> 2017-11-09; range "
        "'2017年12月至2018年2月' gives two dates; '上月' -> 2018-08, '今年6月' -> 2018-06 on the statement date. Taken away by "
        "police and cadres and sent to a training centre = arrest + detention (same day) + internment camp; transfer to a "
        "prison in 米东区 and ten-year sentence (reported by the aunt, sentencing date null). Return to the home village under "
        "'结对认亲' cadres, not allowed to leave the village = house arrest; passport handed in = passport confiscation; "
        "children placed in a boarding school apart from their mother = family separation (children and mother). The "
        "tenant's own phone claim '没有挨打' followed by '本人对此无法核实' is hedged: neither negated nor forbidden.")
ORGS = ["友好路街道幸福路社区居委会", "小区物业服务中心", "幸福路小区"]
PERSONS = [
    P("p1", "张国庆", ["张国庆"], ["narrator", "witness", "other"], gender="male", ethnicity="Han", birth_year=1962),
    P("p2", "阿不都热合曼·吐尔逊", ["阿不都热合曼·吐尔逊", "阿不都热合曼"], ["victim", "relative"], gender="male",
      ethnicity="Uyghur", birth_year=1985, rel=[("husband", "p3"), ("father", "p4"), ("father", "p5")],
      viol=[("detention.arbitrary_arrest", "社区民警和街道干部来到该房屋，将阿不都热合曼带走"),
            ("detention.internment_camp", "其被送往乌鲁木齐市某职业技能教育培训中心参加“集中教育培训”"),
            ("detention.prison_sentence", "被判处有期徒刑十年")]),
    P("p3", "古丽娜尔·买买提", ["古丽娜尔·买买提", "古丽娜尔"], ["victim", "relative"], gender="female",
      rel=[("wife", "p2"), ("mother", "p4"), ("mother", "p5")],
      viol=[("detention.house_arrest", "由村里“结对认亲”干部管理，未经批准不得离开本村"),
            ("movement.passport_confiscation", "其护照已于2017年上交辖区派出所统一保管"),
            ("family.separation", "与母亲分开至今")]),
    P("p4", "艾力", ["艾力"], ["victim", "relative"], gender="male", age=9, rel=[("son", "p2"), ("son", "p3")],
      viol=[("family.separation", "由社区安排送入寄宿制学校")]),
    P("p5", "阿依古丽", ["阿依古丽"], ["victim", "relative"], gender="female", age=6, rel=[("daughter", "p2"), ("daughter", "p3")],
      viol=[("family.separation", "由社区安排送入寄宿制学校")]),
]
PLACES = [
    L("Kashgar Prefecture", ["喀什地区"]),
    L("Shufu County", ["疏附县"]),
    L("Ürümqi", ["乌鲁木齐市"]),
    L("Midong District", ["米东区"]),
]
DATES = [
    D("1962年", "1962", "year"),
    D("2016年3月", "2016-03", "month"),
    D("1985年", "1985", "year"),
    D("2017年11月8日", "2017-11-08", "day"),
    D("次日", "2017-11-09", "day"),
    D("2017年12月", "2017-12", "month"),
    D("2018年2月", "2018-02", "month"),
    D("2018年3月", "2018-03", "month"),
    D("已于[[2017年]]", "2017", "year"),
    D("上月", "2018-08", "month"),
    D("今年6月", "2018-06", "month"),
    D("2018年9月20日", "2018-09-20", "day"),
]
EVENTS = [
    ("arrest", "p2", "2017-11-08"),
    ("detention", "p2", "2017-11-08"),
    ("transfer", "p2", "2018-06"),
    ("sentencing", "p2", None),
]
NEGATED = []
FORBIDDEN = []
