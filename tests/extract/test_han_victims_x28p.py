"""Chinese victims told without a passive after the name (issue 11, h-x28p): custody of a pronoun
(当即将其带走, 把他带走 — "took him away") in a sentence that names only an official, a register's entry
whose next sentence sends the person to a centre (（二）X，女，…。…送中心学习…), a defendant after
被告人： with its colon, and 克里木 (Kerim) inside a transcribed name. Invented texts; the control in
each: the official is no victim, nor 被拘留人之妻 (the detainee's wife, a noun phrase), nor a sister whose
brother's sentence her sentence tells (其兄此后被判处…)."""

from guwah.extract.pipeline import run_pipeline


def _roles(text: str) -> dict[str, set[str]]:
    return {p.name: p.roles for p in run_pipeline(text, "zh", None).persons if p.names}


def test_custody_of_a_pronoun_after_an_official_and_a_register_entry_sent_to_a_centre():
    roles = _roles("（一）阿不都克里木·吐尔逊，男，维吾尔族，1966年出生，村民。2018年2月，派出所所长赵国强在检查中"
                   "发现其手机里有宗教音频，当即将其带走。\n"
                   "（二）王秀兰，女，回族，1972年生，个体户。2018年6月被列为重点人员，送中心学习四个月。\n"
                   "（三）李建国，男，汉族，村委会主任。\n")
    assert "victim" in roles["阿不都克里木·吐尔逊"], roles
    assert "victim" in roles["王秀兰"], roles
    assert "victim" not in roles.get("赵国强", set()), roles
    assert "victim" not in roles.get("李建国", set()), roles


def test_a_defendant_after_a_colon_and_the_wife_or_sister_of_a_detainee():
    roles = _roles("原审被告人：艾山·司马义，男，1980年出生，维吾尔族，教师。\n"
                   "申诉人：古丽·吐尔逊（被拘留人之妻）。\n"
                   "整理说明：以上材料由被拘留人之妹阿依古丽·司马义于2023年提供。据她介绍，其兄此后被判处有期徒刑。\n")
    assert "victim" in roles["艾山·司马义"], roles
    assert "victim" not in roles["古丽·吐尔逊"], roles
    assert "victim" not in roles["阿依古丽·司马义"], roles
