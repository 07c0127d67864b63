"""Chinese numerals as the statements write them: ordinals (第二十七次), years (二〇二三), days."""

DIGITS = "〇一二三四五六七八九"
_DIGIT_VALUE = {c: i for i, c in enumerate(DIGITS)} | {"零": 0, "○": 0}


def chinese_number(n: int) -> str:
    """1..999 in counting form: 7 → 七, 10 → 十, 27 → 二十七, 105 → 一百零五."""
    if not 0 < n < 1000:
        raise ValueError(f"chinese_number covers 1..999, got {n}")
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    text = ""
    if hundreds:
        text += DIGITS[hundreds] + "百"
        if tens == 0 and ones:
            return text + "零" + DIGITS[ones]
    if tens:
        # 十七 alone, but 一百一十七 inside a larger number.
        text += ("" if tens == 1 and not hundreds else DIGITS[tens]) + "十"
    if ones:
        text += DIGITS[ones]
    return text


def parse_chinese_number(text: str) -> int:
    """The inverse of chinese_number for 1..999 (二十七 → 27); digit strings too (二〇二三 → 2023)."""
    if "十" not in text and "百" not in text:
        value = 0
        for char in text:
            value = value * 10 + _DIGIT_VALUE[char]
        return value
    value, current = 0, 0
    for char in text:
        if char == "百":
            value += (current or 1) * 100
            current = 0
        elif char == "十":
            value += (current or 1) * 10
            current = 0
        else:
            current = _DIGIT_VALUE[char]
    return value + current


def chinese_year(year: int) -> str:
    """Digit by digit, as in signature lines: 2023 → 二〇二三."""
    return "".join(DIGITS[int(d)] for d in str(year))
