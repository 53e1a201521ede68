"""The caller of a hotline's record (issue 11, h-attrib47): 来电人, named by the record's field (来电人：X), is
that person wherever the record's summary says 来电人, as 申请人 and 患者 are (`han._FIRST`): "来电人还说，…采集
了她的指纹" is the caller's, not the relative's named between (a Chinese 她 continuing a named subject).
Invented records; the relative's own act is the control.
"""

from __future__ import annotations

from guwah.extract import extract_text

RECORD = ("热线来电记录\n来电人：古丽娜·吐尔逊（自述）\n诉求内容：\n"
          "来电人称，她2018年起在伊宁打工。其弟弟艾山·吐尔逊{brother}。来电人还说，去年社区采集了她的指纹和血样。\n")


def codes(text: str) -> dict[str, set[str]]:
    return {p["name"]: {v["code"] for v in p["violations"]} for p in extract_text(text, language="zh")["persons"]}


def test_her_after_the_caller_is_the_caller():
    found = codes(RECORD.format(brother="没有被带走，一直在老家照顾母亲"))
    assert "medical.biometric_collection" in found["古丽娜·吐尔逊"]
    assert "medical.biometric_collection" not in found.get("艾山·吐尔逊", set())


def test_the_relative_named_keeps_his_own_act():
    """Control: the brother taken away is still the one taken, not the caller."""
    found = codes(RECORD.format(brother="2017年被派出所带走"))
    assert "detention.arbitrary_arrest" in found["艾山·吐尔逊"]
    assert "detention.arbitrary_arrest" not in found["古丽娜·吐尔逊"]
    assert "medical.biometric_collection" in found["古丽娜·吐尔逊"]
