FILE = "zh01_weishengyuan_suifang.txt"
LANG = "zh"
DATE = "2019-09-12"
NOTE = ("Township health centre's hypertension follow-up record (高血压患者随访服务记录表), simplified Chinese, fully "
        "annotated. Not persons/dates: record no. 653222-0417, blood pressure, heart rate, weight, '三组', '七村'; the next "
        "follow-up date 2019年10月12日 is after the document date (not annotated). Orgs containing places: "
        "「墨玉县喀尔赛乡卫生院」 (its 墨玉县 and 喀尔赛乡 are not mentions), 「县职业技能教育培训中心」, 「县人民医院」, "
        "「乡派出所」; 「喀尔赛乡」 in the address is a place. Middle-dot names; children carry the father's given name "
        "(艾力·艾合买提, 古丽米拉·艾合买提 <- 艾合买提·托合提); responsible doctor 王丽 (twice) and village doctor in role other. "
        "Relative dates: 「今年3月」 -> 2019-03, 「上个月」 -> 2019-08. Patient: checkpoint ID swipe and face scan "
        "(surveillance.checkpoint), IUD against her will (forced contraception), blood, voiceprint and iris taken "
        "(biometric), flag-raising and national-language night school (indoctrination); 「本人未参加集中培训」 is a denial "
        "of the camp (negated). Husband: sent to the 'vocational skills education and training centre' (camp) 2017-10, "
        "no visits (incommunicado). Son: labour transfer to Jiangxi with no home visits for three years (forced labour). "
        "Daughter at boarding school but home at weekends (family.separation forbidden).")
ORGS = ["墨玉县喀尔赛乡卫生院", "县职业技能教育培训中心", "县人民医院", "乡派出所"]
PERSONS = [
    P("p1", "阿依古丽·买买提", ["阿依古丽·买买提"], ["victim", "relative"], gender="female", birth_year=1968,
      rel=[("wife", "p2"), ("mother", "p3"), ("mother", "p4")],
      viol=[("surveillance.checkpoint", "在检查站刷身份证、扫脸"),
            ("reproductive.forced_contraception", "放置宫内节育器，本人当时表示不愿意，由村干部带到卫生院完成"),
            ("medical.biometric_collection", "采集了血样、声纹和虹膜信息"),
            ("indoctrination.political", "每周一参加村里升国旗仪式和国语夜校")]),
    P("p2", "艾合买提·托合提", ["艾合买提·托合提"], ["victim", "relative"], gender="male",
      rel=[("husband", "p1"), ("father", "p3"), ("father", "p4")],
      viol=[("detention.internment_camp", "被送往县职业技能教育培训中心学习，至今未回"),
            ("detention.incommunicado", "家属一直不能探视")]),
    P("p3", "艾力·艾合买提", ["艾力·艾合买提"], ["victim", "relative"], gender="male", rel=[("son", "p1"), ("son", "p2")],
      viol=[("labour.forced_labour", "经劳务输出安排到江西省一家电子厂务工，合同规定三年内不得回家")]),
    P("p4", "古丽米拉·艾合买提", ["古丽米拉·艾合买提"], ["relative"], gender="female", rel=[("daughter", "p1"), ("daughter", "p2")]),
    P("p5", "王丽", ["王丽"], ["other"], gender="female"),
    P("p6", "热合曼·吐尔逊", ["热合曼·吐尔逊"], ["other"], gender="male"),
]
PLACES = [
    L("Karasay Township", ["喀尔赛乡"]),
    L("Jiangxi", ["江西省"]),
]
DATES = [
    D("2019年9月12日", "2019-09-12", "day"),
    D("1968年4月3日", "1968-04-03", "day"),
    D("2017年10月", "2017-10", "month"),
    D("2018年12月", "2018-12", "month"),
    D("2017年5月", "2017-05", "month"),
    D("今年3月", "2019-03", "month"),
    D("上个月", "2019-08", "month"),
]
EVENTS = [
    ("detention", "p2", "2017-10"),
]
NEGATED = [("p1", "detention.internment_camp", "本人未参加集中培训")]
FORBIDDEN = [("p4", "family.separation")]
