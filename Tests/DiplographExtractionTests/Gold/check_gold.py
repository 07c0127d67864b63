#!/usr/bin/env python3
"""Checks a gold file against its format, the model's classes and predicates, and its source text.

Usage: check_gold.py GOLD.json [...]   (run from anywhere; paths in the file are relative to the
package root). Exits 1 and lists every problem found.
"""
import json
import pathlib
import re
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parents[3]
MODEL = ROOT / "Sources/DiplographModel"
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CJK_GAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef0-9])|(?<=[0-9])\s+(?=[\u3000-\u9fff\uff00-\uffef])")


def raw_values(swift_file, enum):
    """The cases of a Swift enum: explicit raw values, or the case name itself."""
    text = (MODEL / swift_file).read_text()
    body = text[text.index(f"enum {enum}"):]
    values = []
    for match in re.finditer(r'^\s*case\s+`?(\w+)`?(?:\s*=\s*"([^"]+)")?\s*$', body, re.M):
        values.append(match.group(2) or match.group(1))
    return set(values)


def fold(text):
    """Width folding, whitespace and title/quote marks removed, as the evaluation compares names."""
    return re.sub(r"[\s《》〈〉“”]+", "", unicodedata.normalize("NFKC", text))


def source_text(path):
    text = (ROOT / path).read_text(encoding="utf-8")
    text = re.sub(r"<br\s*/?>", "", text)
    return fold(CJK_GAP.sub("", text))


def check(path):
    problems = []
    gold = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
    kinds = raw_values("EntityKind.swift", "EntityKind")
    predicates = raw_values("Predicate.swift", "Predicate")
    for key in ("source", "entities", "relations"):
        if key not in gold:
            problems.append(f"missing key '{key}'")
    if problems:
        return problems
    text = source_text(gold["source"])
    names = {}
    for index, entity in enumerate(gold["entities"]):
        where = f"entity {index} ({entity.get('label')})"
        if set(entity) - {"kind", "label", "aliases", "note"}:
            problems.append(f"{where}: unknown keys {sorted(set(entity) - {'kind', 'label', 'aliases', 'note'})}")
        if entity.get("kind") not in kinds:
            problems.append(f"{where}: unknown kind {entity.get('kind')!r}")
        forms = [entity.get("label", "")] + entity.get("aliases", [])
        for form in forms:
            if not form:
                problems.append(f"{where}: empty name")
                continue
            if fold(form) not in text:
                problems.append(f"{where}: '{form}' does not occur in the source text")
            other = names.get(fold(form))
            if other is not None and other != index:
                problems.append(f"{where}: '{form}' also names entity {other} ({gold['entities'][other]['label']})")
            names[fold(form)] = index
    for index, relation in enumerate(gold["relations"]):
        where = f"relation {index} ({relation.get('subject')} {relation.get('predicate')})"
        if relation.get("predicate") not in predicates:
            problems.append(f"{where}: unknown predicate {relation.get('predicate')!r}")
        if fold(relation.get("subject", "")) not in names:
            problems.append(f"{where}: subject names no entity")
        has_object, has_date = "object" in relation, "date" in relation
        if has_object == has_date:
            problems.append(f"{where}: needs exactly one of 'object' and 'date'")
        elif has_object and fold(relation["object"]) not in names:
            problems.append(f"{where}: object '{relation['object']}' names no entity")
        elif has_date and not DATE.match(relation["date"]):
            problems.append(f"{where}: date '{relation['date']}' is not YYYY, YYYY-MM or YYYY-MM-DD")
    seen = set()
    for relation in gold["relations"]:
        key = (fold(relation.get("subject", "")), relation.get("predicate"), fold(relation.get("object", relation.get("date", ""))))
        if key in seen:
            problems.append(f"duplicate relation {key}")
        seen.add(key)
    return problems


def main(paths):
    failed = False
    for path in paths:
        problems = check(path)
        print(f"{path}: {'ok' if not problems else f'{len(problems)} problems'}")
        for problem in problems:
            print("  " + problem)
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
