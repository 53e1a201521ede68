FILE = "zh01_siji_zhuangtai_tongzhi.txt"
LANG = "zh"
DATE = "2018-11-05"
NOTE = ("Xinjiang logistics company's internal notice on drivers' 'on-duty status' (文件头, 文号, numbered items, seal line, "
        "抄送/签收), written in the perpetrators' euphemisms, simplified Chinese, full gold. The company name (containing 新疆) "
        "is an organisation; the document number 〔2018〕37号 and the plate are not dates. Driver 买买提江·吐尔洪 in "
        "'职业技能教育培训' from 2018-09 = internment camp (detention 2018-09), family told '正在学习，不便联系' and the place "
        "withheld = incommunicado; his daughter 阿依努尔·买买提江 (surname = father's given name). Driver 艾则孜·努尔 back from "
        "Kazakhstan in March (return 2018-03), a foreign messaging app on his phone = digital surveillance, '被公安机关依法处理' "
        "= arbitrary arrest (undated), five years in August = prison sentence. Kazakh driver 叶尔兰·哈斯木 '未列入培训对象' = "
        "internment camp negated; passport collected by the police station last year = passport confiscation. Dispatcher "
        "热孜万古丽·阿不都拉 made to write a 'draw a clear line' pledge and read it aloud at the all-staff meeting = forced "
        "denunciation (her husband is unnamed). 吐尔洪·阿吾提 died at home in October (death event; death in custody "
        "forbidden). The app order for all drivers names nobody: not coded. 今年3月/8月/10月 -> 2018, 去年 -> 2017, 本月 -> "
        "2018-11. Team leaders 王建军, 马国强 are other.")
ORGS = ["新疆远驰物流有限公司"]
PERSONS = [
    P("p1", "买买提江·吐尔洪", ["买买提江·吐尔洪"], ["victim", "relative"], gender="male",
      rel=[("father", "p2"), ("son", "p6")],
      viol=[("detention.internment_camp", "自2018年9月起参加“职业技能教育培训”"),
            ("detention.incommunicado", "一律答复“正在学习，不便联系”，不得透露培训地点")]),
    P("p2", "阿依努尔·买买提江", ["阿依努尔·买买提江"], ["relative"], gender="female", rel=[("daughter", "p1"), ("granddaughter", "p6")]),
    P("p3", "艾则孜·努尔", ["艾则孜·努尔"], ["victim"], gender="male",
      viol=[("surveillance.digital", "因手机中存有境外通讯软件"),
            ("detention.arbitrary_arrest", "被公安机关依法处理"),
            ("detention.prison_sentence", "被法院判处有期徒刑五年")]),
    P("p4", "叶尔兰·哈斯木", ["叶尔兰·哈斯木"], ["victim"], gender="male", ethnicity="Kazakh",
      viol=[("movement.passport_confiscation", "其护照已于去年由辖区派出所统一收缴保管")]),
    P("p5", "热孜万古丽·阿不都拉", ["热孜万古丽·阿不都拉"], ["victim"], gender="female",
      viol=[("coercion.forced_denunciation", "写出“划清界限”保证书，并在公司全体职工大会上当众宣读")]),
    P("p6", "吐尔洪·阿吾提", ["吐尔洪·阿吾提"], ["relative"], gender="male", rel=[("father", "p1"), ("grandfather", "p2")]),
    P("p7", "王建军", ["王建军"], ["other"], gender="male"),
    P("p8", "马国强", ["马国强"], ["other"], gender="male"),
]
PLACES = [
    L("Urumqi", ["乌鲁木齐"]),
    L("Alashankou", ["阿拉山口"]),
    L("Kazakhstan", ["哈萨克斯坦"]),
    L("Khorgos", ["霍尔果斯"]),
]
DATES = [
    D("2018年9月", "2018-09", "month"),
    D("今年3月", "2018-03", "month"),
    D("今年8月", "2018-08", "month"),
    D("去年", "2017", "year"),
    D("2017年", "2017", "year"),
    D("今年10月", "2018-10", "month"),
    D("本月", "2018-11", "month"),
    D("2018年11月5日", "2018-11-05", "day"),
]
EVENTS = [
    ("detention", "p1", "2018-09"),
    ("return", "p3", "2018-03"),
    ("arrest", "p3", None),
    ("detention", "p3", None),
    ("sentencing", "p3", "2018-08"),
    ("death", "p6", "2018-10"),
]
NEGATED = [("p4", "detention.internment_camp", "未列入培训对象")]
FORBIDDEN = [("p6", "death.in_custody")]
