"""The quarantine vocabulary: one code per reason, with the text a steward reads (Chinese and English)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reason:
    code: str
    zh: str
    en: str


_REASONS = [
    Reason("id_missing", "身份证号缺失", "ID number is missing"),
    Reason("id_scientific", "身份证号被表格存成科学计数法，后几位已丢失", "ID number was stored in scientific notation; its last digits are lost"),
    Reason("id_length", "身份证号不是18位", "ID number is not 18 characters long"),
    Reason("id_characters", "身份证号含非法字符", "ID number contains characters other than digits and a final X"),
    Reason("id_region", "身份证号地区码无效", "ID number starts with an unknown province code"),
    Reason("id_birth_date", "身份证号中的出生日期无效", "ID number holds an impossible birth date"),
    Reason("id_check_digit", "身份证号校验位错误", "ID number fails the GB 11643 check digit"),
    Reason("sex_mismatch", "性别与身份证号不符", "sex does not match the ID number"),
    Reason("sex_unknown", "性别无法识别（应为男或女）", "sex is neither 男 nor 女"),
    Reason("birth_mismatch", "出生年月与身份证号不符", "birth date does not match the ID number"),
    Reason("name_missing", "姓名缺失", "name is missing"),
    Reason("village_missing", "派驻村缺失", "village is missing"),
    Reason("role_missing", "驻村职务缺失", "role is missing"),
    Reason("role_unknown", "驻村职务不在词表中", "role is not in the vocabulary (第一书记, 工作队长, 队员)"),
    Reason("date_unparseable", "日期无法识别", "date cannot be read"),
    Reason("date_future", "开始日期晚于运行日期", "start date is after the run date: a stationing cannot start in the future"),
    Reason("end_too_far", "计划结束日期比运行日期晚5年以上，可能有误", "planned end date is more than 5 years after the run date: a typo?"),
    Reason("date_too_early", "日期早于2015年", "date is before 2015, when the programme began"),
    Reason("end_before_start", "结束日期早于开始日期", "end date is before start date"),
    Reason("phone_format", "联系电话格式错误", "phone is neither an 11-digit mobile nor a landline with area code"),
    Reason("formula_cell", "单元格以 = + - @ 开头，可能是表格公式", "cell starts with = + - @ and would run as a spreadsheet formula"),
    Reason("assignment_conflict", "同一人同期由不同单位派驻不同村", "same person stationed by two units in two villages over overlapping periods"),
    # Facts and people extracted from reports
    Reason("fact_kind_unknown", "事实类别不在词表中", "fact kind is not dispatch, funding or outcome"),
    Reason("metric_unknown", "指标不在指标目录中", "metric is not in seeds/metric_catalog.csv"),
    Reason("unit_unknown", "单位不在词表中", "unit is not in the vocabulary"),
    Reason("basis_unknown", "资金口径不在词表中", "money basis is not in the vocabulary"),
    Reason("basis_on_non_money", "非资金事实不应有口径", "only money facts carry a basis"),
    Reason("qualifier_unknown", "限定词不在词表中", "qualifier is not exact, at_least, approx or at_most"),
    Reason("value_negative", "数值为负", "value is negative"),
    Reason("value_implausible", "数值超出合理范围", "value is outside the plausible range for its unit"),
    Reason("year_implausible", "年份不合理", "year is before 2000 or in the future"),
    Reason("confidence_range", "置信度不在0到1之间", "confidence is not between 0 and 1"),
    Reason("evidence_missing", "缺少原文证据", "the evidence sentence is missing"),
    Reason("person_name_missing", "人员姓名缺失", "person name is missing"),
    Reason("person_role_unknown", "人员驻村身份不在词表中", "person role is not first_secretary, team_leader or team_member"),
    # Monthly work reports (月报): rows and cells of the structured template
    Reason("month_missing", "报告月份缺失", "report month is missing"),
    Reason("month_unparseable", "报告月份无法识别（应为如2024年3月或2024-03）", "report month cannot be read (write it as 2024年3月 or 2024-03)"),
    Reason("month_future", "报告月份晚于本月", "report month is after the current month"),
    Reason("value_not_numeric", "数值无法识别（应填数字）", "value is not a number"),
    Reason("value_not_whole", "户数、人数、件数应为整数", "a count of households, people or items must be a whole number"),
    Reason("days_exceed_month", "在村天数超过当月天数", "days in village exceed the number of days in the month"),
    Reason("money_unit_unknown", "金额列未注明单位（元或万元）", "money column states no unit (元 or 万元) in its header or above the table"),
    Reason("report_duplicate", "同一村同一月份填报两次且数值不同", "the same village and month is reported twice with different figures"),
    # Rows of a steward's decisions file (flows/steward/decisions.py)
    Reason("decision_unreadable", "决定文件无法读取", "the decisions file cannot be read"),
    Reason("decision_header", "决定文件缺少必需的列", "the decisions file lacks a required column"),
    Reason("decision_id_missing", "决定编号缺失", "decision_id is missing"),
    Reason("decision_action_unknown", "操作不是接受、拒绝或更正", "action is not accept, reject or correct"),
    Reason("decision_reviewer_missing", "复核人缺失", "reviewer is missing"),
    Reason("decision_correction_incomplete", "更正缺少字段或新值", "a correction lacks its field or new value"),
    Reason("decision_target_unknown", "找不到该决定编号对应的抽取结果", "no loaded fact or person has this decision id"),
    Reason("decision_field_unknown", "该字段不能更正", "this field cannot be corrected"),
    Reason("decision_value_invalid", "新值无效", "the new value is not valid"),
    Reason("decision_personal_number", "含身份证号或手机号，已拒收", "holds an ID number or phone: refused"),
]

REASONS: dict[str, Reason] = {r.code: r for r in _REASONS}


def reason(code: str) -> Reason:
    """Look up a reason; an unknown code is a programming error, so fail loudly."""
    try:
        return REASONS[code]
    except KeyError:
        raise KeyError(f"unknown quarantine reason {code!r}; add it to flows/quality/reasons.py") from None


# What a steward does about a quarantined row, shown beside the reason in the steward report.
# Most reasons share the action of their family; a reason with its own remedy names it.
_FIX_ROSTER_CELL = ("在原花名册中更正该单元格，重新报送文件；下次运行时该行即可入库",
                    "correct the cell in the source roster and send the file again; the row loads on the next run")
_FIX_MONTHLY_CELL = ("在原月报中更正该单元格，重新报送文件",
                     "correct the cell in the monthly report and send the file again")
_JUDGE_EXTRACTED = ("对照原文证据判断：如是新的说法，在 seeds/ 词表中加一行；否则无需处理，该条不入库",
                    "read the evidence: if it uses a new word, add a row to the seeds/ vocabulary; "
                    "otherwise nothing to do, the item is not loaded")
_ACTIONS: dict[str, tuple[str, str]] = {
    "id_scientific": ("把身份证号列设为文本格式，重新录入号码后报送",
                      "format the ID column as text, type the numbers again and send the file again"),
    "role_unknown": ("改写为第一书记、工作队长或队员，或在 seeds/roles.csv 中增加这种写法",
                     "write 第一书记, 工作队长 or 队员, or add this spelling to seeds/roles.csv"),
    "formula_cell": ("删去单元格开头的 = + - @ 后重新报送",
                     "remove the leading = + - @ from the cell and send the file again"),
    "assignment_conflict": ("与两个派出单位核实此人实际驻村情况，更正有误的那份花名册",
                            "check with both units where this person is stationed and correct the wrong roster"),
    "date_future": ("核实开始日期；尚未到岗的派驻请到岗后再报送",
                    "check the start date; send a planned stationing once it has started"),
    "money_unit_unknown": ("在金额列表头或表格上方注明“元”或“万元”",
                           "write 元 or 万元 in the money column's header or above the table"),
    "report_duplicate": ("保留正确的一次填报，删除另一次后重新报送",
                         "keep the right one of the two entries, delete the other and send the file again"),
}
# The family's action follows the quarantine table the row sits in (value_negative is a cell of a
# monthly report there, an extracted fact in quarantine.report_items).
_FIX_DECISION_ROW = ("按原因更正决定文件中的这一行，另存为新的决定文件放入收件箱；其余行已生效",
                     "correct this row of the decisions file as the reason says and drop it again as a new file; "
                     "the other rows took effect")
_BY_TABLE = {"roster_rows": _FIX_ROSTER_CELL, "monthly_rows": _FIX_MONTHLY_CELL, "report_items": _JUDGE_EXTRACTED,
             "decision_rows": _FIX_DECISION_ROW}


def what_to_do(code: str, table: str) -> tuple[str, str]:
    """The steward's remedy for a reason on a row of quarantine.<table>, in Chinese and English.

    An unknown code or table fails loudly, as in reason().
    """
    reason(code)
    if table not in _BY_TABLE:
        raise KeyError(f"unknown quarantine table {table!r}: one of {sorted(_BY_TABLE)}")
    return _ACTIONS.get(code, _BY_TABLE[table])
