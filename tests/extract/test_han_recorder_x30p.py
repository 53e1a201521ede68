"""A Chinese work log's recorder, named after the field and her post ("记录人：网格员 王秀兰", "辅警张伟"),
is a person, an official and no victim (issue 11, h-x30p: a grid worker's log lost its writer). Invented
text; the controls: the post without a name after it (网格员到户走访) names no one, and the person the log
says was sent to a centre is a victim; "his elder brother" (其兄) and "a watched household" (重点户) before a
transcribed name stay out of it."""

from guwah.extract.pipeline import run_pipeline

LOG = ("网格员工作日志\n"
       "记录人：网格员 王秀兰\n"
       "2019年3月5日\n\n"
       "上午网格员到户走访。居民阿不都热合曼·买买提，男，1975年出生，2017年被送教培中心学习，至今未回。"
       "下午辅警张伟陪同到其家中核实情况，其妻子反映家中缺少劳动力。其兄努尔兰·叶尔肯去年去了阿拉木图。"
       "走访重点户热依木·艾山家。\n")


def test_a_logs_recorder_and_an_auxiliary_policeman_are_officials_and_a_post_alone_names_no_one():
    doc = run_pipeline(LOG, "zh", None)
    names = {n: p for p in doc.persons for n in p.names}
    assert "王秀兰" in names, list(names)
    assert "张伟" in names, list(names)
    for name in ("王秀兰", "张伟"):
        assert "victim" not in names[name].roles
    assert not any(n.startswith("到") for n in names)  # 网格员到户: no one
    # a kin word or a household word before a transcribed name is not part of it
    assert "努尔兰·叶尔肯" in names and "热依木·艾山" in names, list(names)
    sent = next((p for n, p in names.items() if n.startswith("阿不都热合曼")), None)
    assert sent is not None and "victim" in sent.roles, list(names)  # the control
