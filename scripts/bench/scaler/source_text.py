"""Reads the bundled texts back into clean paragraphs, whatever shape each file comes in.

The scaler recombines paragraphs across documents and re-renders them in one of the original
shapes, so it first undoes each shape: PDF line breaks and page markers, Markdown headings and
tables, U+3000-separated one-line files, full-width indents.
"""

import re
from pathlib import Path

SENTENCE_END = tuple("。：；！？”）")
HEADING = re.compile(r"^[一二三四五六七八九十]{1,3}$")
PAGE_MARKER = re.compile(r"^\s*— *\d+ *—\s*$")
# "于 2022 年 12 月 5 日": the PDF extract puts spaces around numbers.
SPACED_NUMBER = re.compile(r"(?<=[^\x00-\x7f]) (?=\d)|(?<=\d) (?=[^\x00-\x7f])")


def load_paragraphs(corpus: Path) -> list[list[str]]:
    """Every body paragraph and numbered heading of each file, files in name order."""
    documents = []
    for path in sorted(corpus.iterdir()):
        if path.suffix not in (".txt", ".md"):
            continue
        text = path.read_text(encoding="utf-8")
        paragraphs = [p for p in _blocks(text, path.suffix) if _keep(p)]
        if paragraphs:
            documents.append(paragraphs)
    if not documents:
        raise SystemExit(f"error: {corpus}: no .txt or .md texts to scale")
    return documents


def _blocks(text: str, suffix: str) -> list[str]:
    lines = text.split("\n")
    nonempty = [line for line in lines if line.strip()]
    if len(nonempty) <= 2 and "　　" in text:
        return [part.strip() for part in re.split("　{2,}", text) if part.strip()]
    if suffix == ".md":
        return _join_broken(_markdown_lines(lines))
    if any(PAGE_MARKER.match(line) for line in lines) or len(nonempty) * 2 < len(lines):
        joined = [SPACED_NUMBER.sub("", line.strip()) for line in nonempty if not PAGE_MARKER.match(line)]
        return _join_broken(joined)
    return [line.strip(" 　\t") for line in nonempty]


def _markdown_lines(lines: list[str]) -> list[str]:
    kept = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#") or set(line) <= set("|- "):
            continue
        if line.startswith("|"):
            kept.extend(cell.strip() for cell in line.strip("|").split("|") if "<br>" not in cell and cell.strip())
        else:
            kept.append(line)
    return kept


def _join_broken(lines: list[str]) -> list[str]:
    """Joins lines until one ends a sentence; headings stand alone, a dash item starts anew."""
    paragraphs, current = [], ""
    for line in lines:
        if not current and line.endswith(("公报", "声明")) and len(line) < 60:
            continue  # the title, made anew per file
        if line.startswith("——") and current:
            paragraphs.append(current)
            current = ""
        if HEADING.match(line):
            if current:
                paragraphs.append(current)
            paragraphs.append(line)
            current = ""
            continue
        current += line
        if current.endswith(SENTENCE_END):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _keep(paragraph: str) -> bool:
    """Body text and numbered headings; titles, signatures and datelines are made anew per file."""
    if HEADING.match(paragraph):
        return True
    ends = SENTENCE_END + ("》",) if paragraph.startswith("——") else SENTENCE_END
    return len(paragraph) >= 20 and paragraph.endswith(ends) and "\t" not in paragraph
