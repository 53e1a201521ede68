FILE = "zh01_wanggeyuan_rizhi.txt"
LANG = "zh"
DATE = "2018-06-29"
NOTE = ("Neighbourhood grid worker's work log (网格员工作日志), simplified Chinese. Persons, places and dates only: events, "
        "negated, forbidden and violations are empty for this file. The writer 李晓燕 and the community secretary 张建军 are "
        "officials. Turkic naming in Chinese: son 艾力江·买买提江 <- 买买提江·艾力 (bare 买买提江 stands for the father); wife "
        "帕提古丽·阿不拉 keeps her father's name; Kazakh brothers 叶尔兰·努尔兰 and 努尔波拉提·努尔兰 share their father's name. "
        "The brother's Kazakh citizenship is only claimed ('本人无法确认'): no citizenship. Orgs without places: 镇派出所, "
        "镇综治办. 霍城县第二中学 and 霍尔果斯口岸 contain place mentions; 伊犁州某教培中心 gives 伊犁州. 清水河镇 in the header is a "
        "place mention (幸福社区 not annotated). Dates: header range gives two dates; weekday names are not part of the span; "
        "'今年' -> 2018, '上周' (from a Tuesday entry, 2018-06-26) -> 2018-06, '次日' -> 2018-06-27, '去年' -> 2017, '本月' -> "
        "2018-06; '明天' is after the document date and not annotated; '每周一' is recurrent (no date).")
ORGS = ["镇派出所", "镇综治办"]
PERSONS = [
    P("p1", "李晓燕", ["李晓燕"], ["official", "narrator"], gender=None),
    P("p2", "买买提江·艾力", ["买买提江·艾力", "买买提江"], ["victim", "relative"], gender="male", ethnicity="维吾尔族",
      birth_year=1979, rel=[("husband", "p3"), ("father", "p4")]),
    P("p3", "帕提古丽·阿不拉", ["帕提古丽·阿不拉", "帕提古丽"], ["relative", "victim"], gender="female",
      rel=[("wife", "p2"), ("mother", "p4")]),
    P("p4", "艾力江·买买提江", ["艾力江·买买提江", "艾力江"], ["relative"], gender="male", age=16,
      rel=[("son", "p2"), ("son", "p3")]),
    P("p5", "张建军", ["张建军"], ["official"], gender=None),
    P("p6", "叶尔兰·努尔兰", ["叶尔兰·努尔兰", "叶尔兰"], ["relative"], gender="male", ethnicity="哈萨克族", birth_year=1985,
      rel=[("brother", "p7")]),
    P("p7", "努尔波拉提·努尔兰", ["努尔波拉提·努尔兰"], ["relative", "victim"], gender="male", rel=[("brother", "p6")]),
]
PLACES = [
    L("Qingshuihe", ["清水河镇"]),
    L("Ili Kazakh Autonomous Prefecture", ["伊犁州"]),
    L("Huocheng County", ["霍城县"]),
    L("Kazakhstan", ["哈萨克斯坦"]),
    L("Almaty", ["阿拉木图"]),
    L("Khorgos", ["霍尔果斯"]),
]
DATES = [
    D("2018年6月25日", "2018-06-25", "day"),
    D("至[[6月29日]]", "2018-06-29", "day"),
    D("\n[[6月25日]] 星期一", "2018-06-25", "day"),
    D("1979年", "1979", "year"),
    D("2017年10月", "2017-10", "month"),
    D("6月26日", "2018-06-26", "day"),
    D("今年", "2018", "year"),
    D("上周", "2018-06", "month"),
    D("次日", "2018-06-27", "day"),
    D("6月28日", "2018-06-28", "day"),
    D("1985年", "1985", "year"),
    D("去年", "2017", "year"),
    D("\n[[6月29日]] 星期五", "2018-06-29", "day"),
    D("本月", "2018-06", "month"),
]
