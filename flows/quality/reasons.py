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
    Reason("date_future", "日期晚于今天", "date is in the future"),
    Reason("date_too_early", "日期早于2015年", "date is before 2015, when the programme began"),
    Reason("end_before_start", "结束日期早于开始日期", "end date is before start date"),
    Reason("phone_format", "联系电话格式错误", "phone is neither an 11-digit mobile nor a landline with area code"),
    Reason("formula_cell", "单元格以 = + - @ 开头，可能是表格公式", "cell starts with = + - @ and would run as a spreadsheet formula"),
    Reason("assignment_conflict", "同一人同期由不同单位派驻不同村", "same person stationed by two units in two villages over overlapping periods"),
]

REASONS: dict[str, Reason] = {r.code: r for r in _REASONS}


def reason(code: str) -> Reason:
    """Look up a reason; an unknown code is a programming error, so fail loudly."""
    try:
        return REASONS[code]
    except KeyError:
        raise KeyError(f"unknown quarantine reason {code!r}; add it to flows/quality/reasons.py") from None
