"""Writes a composed document in one of the shapes the bundled texts come in.

plain      full-width-space indents, a paragraph a line (corpus/2020-…)
one-line   the whole text on one line, paragraphs separated by U+3000 (corpus/2021-…)
pdf        text taken out of a PDF: short broken lines, blank lines, spaced numbers, page markers (2022-…)
markdown   a heading, blank-line paragraphs, some broken in two, a signature table with <br> (2023-…)
newspaper  fragments whose pages are out of order and partly repeated (2024-…)
"""

import random
import re

from .documents import Document
from .numerals import chinese_number, chinese_year

SHAPES = {"plain": 25, "one-line": 15, "pdf": 20, "markdown": 20, "newspaper": 20}


def pick_shape(rng: random.Random) -> str:
    return rng.choices(list(SHAPES), weights=list(SHAPES.values()))[0]


def extension(shape: str) -> str:
    return "md" if shape == "markdown" else "txt"


def render(shape: str, document: Document, rng: random.Random) -> str:
    return {"plain": _plain, "one-line": _one_line, "pdf": _pdf, "markdown": _markdown, "newspaper": _newspaper}[
        shape](document, rng)


def _plain(document: Document, rng: random.Random) -> str:
    return "".join(f"　　{p}\n" for p in document.paragraphs)


def _one_line(document: Document, rng: random.Random) -> str:
    return document.title + "".join("　　" + p for p in document.paragraphs) + "\n"


def _pdf(document: Document, rng: random.Random) -> str:
    width = rng.randint(27, 31)
    lines = [document.title]
    for paragraph in document.paragraphs:
        lines.extend(_wrap(re.sub(r"(?<=[^\x00-\x7f])(\d+)(?=[^\x00-\x7f])", r" \1 ", paragraph), width))
    out, page = [], 1
    for index, line in enumerate(lines):
        if index % 34 == 0:
            out.append(f"\n— {page} —\n")
            page += 1
        out.append(line + "\n\n")
    return "".join(out)


def _wrap(text: str, width: int) -> list[str]:
    """Breaks every `width` characters, as a PDF's lines, but never inside a number or a Latin word."""
    lines, line = [], ""
    for token in re.findall(r" ?\d+ ?|[A-Za-z]+|.", text):
        if line and len(line) + len(token) > width:
            lines.append(line)
            line = ""
        line += token
    return lines + [line] if line else lines


def _markdown(document: Document, rng: random.Random) -> str:
    parts = [f"\n\n# {document.title}\n"]
    for paragraph in document.paragraphs:
        if len(paragraph) > 40 and rng.random() < 0.04:
            cut = rng.randrange(10, len(paragraph) - 10)
            paragraph = paragraph[:cut] + "\n\n" + paragraph[cut:]
        parts.append(paragraph)
    cast = document.cast
    first, second = _signers(document)
    dateline = f"{_chinese_date(document)}于{cast.city}<br>(新华社{cast.city}{cast.date.month}月{cast.date.day}日电)"
    parts.append(f"|  |                   |\n|--|-------------------|\n| {first}   | {second} |\n| {dateline}  |                   |")
    return "\n\n".join(parts) + "\n"


def _newspaper(document: Document, rng: random.Random) -> str:
    paragraphs = list(document.paragraphs)
    pages, start = [], 0
    while start < len(paragraphs):
        end = min(start + rng.randint(6, 14), len(paragraphs))
        pages.append(paragraphs[start:end])
        start = end
    for before, after in zip(pages, pages[1:]):
        # A page break falls mid-paragraph: the paragraph's tail opens the next page.
        if len(before[-1]) > 30 and rng.random() < 0.5:
            cut = rng.randrange(8, len(before[-1]) - 8)
            before[-1], tail = before[-1][:cut], before[-1][cut:]
            after.insert(0, tail)
    if len(pages) > 2:
        pages.append(pages[rng.randrange(len(pages))][: rng.randint(1, 4)])  # a page printed twice, in part
        pages.insert(rng.randrange(1, len(pages)), pages.pop(0))
    first, second = _signers(document)
    cast = document.cast
    signature = [f" {first.split('<br>')[0]}\t {second.split('<br>')[0]}",
                 f" {first.split('<br>')[1]}\t {second.split('<br>')[1]}",
                 f"{_chinese_date(document)}于{cast.city}", f"（新华社{cast.city}{cast.date.month}月{cast.date.day}日电）"]
    pages.insert(rng.randrange(len(pages) + 1), signature)
    return "\n\n" + "\n\n".join(p for page in pages for p in page) + "\n"


def _signers(document: Document) -> tuple[str, str]:
    cast = document.cast
    if document.kind == "communique":
        return f"中华人民共和国国务院总理<br>{cast.cn_premier}", f"{cast.full}政府总理<br>{cast.premier}"
    return f"中华人民共和国主席<br>{cast.cn_president}", f"{cast.full}总统<br>{cast.president}"


def _chinese_date(document: Document) -> str:
    date = document.cast.date
    return f"{chinese_year(date.year)}年{chinese_number(date.month)}月{chinese_number(date.day)}日"
