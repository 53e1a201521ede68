FILE = "zh01_waijiaobu_jizhehui.txt"
LANG = "zh"
DATE = "2025-03-12"
NOTE = ("Foreign ministry spokesperson's regular press conference transcript, simplified Chinese, full gold. The "
        "spokesperson 宋立川 is a party-state official (role official). 买买提·吐尔逊: his daughter's account (relayed "
        "by a journalist as her words, no hedge): taken from home by police in Kashgar October 2017 = arbitrary arrest "
        "(arrest + detention 2017-10), the family does not know where he is held = disappearance + incommunicado "
        "(reading 2); the spokesperson names him a criminal and states his sentence (June 2019, thirteen years) = "
        "prison sentence + sentencing. The denial '所谓失踪纯属捏造' and '不存在拘留营' do not cancel the account: no "
        "negation. 古丽努尔·买买提 in Germany: repeated calls from Kashgar police demanding she return, or her mother "
        "will suffer = transnational harassment (reading 3; the mother is unnamed); '去年' on 2025-03-12 = 2024, '今天' and '昨天' are day dates, '上周' is vague (not annotated). "
        "阿依夏·努尔兰: the journalist asks WHETHER she is held; '我不掌握' = no code, no event, no negation. Country "
        "names used for an institution (中国警方, 英国议会, 哈萨克斯坦议员) are no place mentions.")
ORGS = ["喀什地区中级人民法院", "中国警方", "英国议会", "哈萨克斯坦议员"]
PERSONS = [
    P("p1", "宋立川", ["宋立川"], ["official"], gender="male"),
    P("p2", "古丽努尔·买买提", ["古丽努尔·买买提"], ["relative", "victim"], gender="female", rel=[("daughter", "p3")],
      viol=[("transnational.harassment", "多次接到喀什警察的电话，要求她回国，否则她的母亲会受到影响")]),
    P("p3", "买买提·吐尔逊", ["买买提·吐尔逊"], ["victim"], gender="male", rel=[("father", "p2")],
      viol=[("detention.arbitrary_arrest", "2017年10月在喀什被警察从家中带走"),
            ("disappearance.enforced", "至今家人不知道他被关在哪里"),
            ("detention.incommunicado", "至今家人不知道他被关在哪里"),
            ("detention.prison_sentence", "依法判处有期徒刑十三年")]),
    P("p4", "阿依夏·努尔兰", ["阿依夏·努尔兰"], ["other"], gender="female"),
]
PLACES = [L("Germany", ["德国"]), L("Kashgar", ["喀什"]), L("Xinjiang", ["新疆"]), L("China", ["中国"]), L("Ili", ["伊犁"])]
DATES = [D("2025年3月12日", "2025-03-12", "day"), D("2017年10月", "2017-10", "month"), D("2019年6月", "2019-06", "month"),
         D("去年", "2024", "year"), D("今天", "2025-03-12", "day"), D("昨天", "2025-03-11", "day")]
EVENTS = [("arrest", "p3", "2017-10"), ("detention", "p3", "2017-10"), ("sentencing", "p3", "2019-06")]
NEGATED = []
FORBIDDEN = []
