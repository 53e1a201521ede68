"""Who a Chinese act happened to when it is told of people named together (issue 11, h-attrib44): every
person of the coordination (X（8岁）和女儿Y), by `han.ActPersons`; one named alone keeps it alone.
Invented texts and names."""

from guwah.extract.pipeline import run_pipeline


def _codes(text: str) -> dict[str, set[str]]:
    doc = run_pipeline(text, "zh", None)
    return {p.name: {v.code for v in p.violations} for p in doc.persons if p.names}


def test_an_act_told_of_two_people_named_together_is_each_ones():
    codes = _codes("情况说明\n本人王立新，男，1970年出生。\n"
                   "2019年4月，邻居的两个孩子，儿子伊力亚尔·买买提（8岁）和女儿古再丽努尔·买买提（5岁），"
                   "被镇里安排进了全日寄宿的学校，见不到父母。\n")
    assert "family.separation" in codes["伊力亚尔·买买提"], codes
    assert "family.separation" in codes["古再丽努尔·买买提"], codes
    assert "family.separation" not in codes["王立新"], codes


def test_a_name_before_a_comma_is_not_joined_to_the_one_told_of():
    # a name that ends its own clause is no part of the coordination: only the one named last is sent
    codes = _codes("情况说明\n本人王立新，男，1970年出生。\n"
                   "伊力亚尔·买买提已经回家，古再丽努尔·买买提被镇里安排进了全日寄宿的学校，见不到父母。\n")
    assert "family.separation" in codes["古再丽努尔·买买提"], codes
    assert "family.separation" not in codes.get("伊力亚尔·买买提", set()), codes
