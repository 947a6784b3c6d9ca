#!/usr/bin/env python3
"""Transcribe Thailand's districts (อำเภอ, and เขต of Bangkok) from GeoThai into a YAML lexicon.

Source: "GeoThai", the PyPI package `geothai` 3.2.1 (https://github.com/GeoThai/python-library),
whose data in geothai/_data/ comes from GeoThai/data (https://github.com/GeoThai/data), release
2026.10.23. Data licence: Creative Commons Attribution 4.0 International (CC BY 4.0),
https://creativecommons.org/licenses/by/4.0/ -- "Copyright (c) 2026 Pongsakorn Thipayanate";
GeoThai/data in turn credits the Department of Provincial Administration (กรมการปกครอง) for the
administrative codes and names. (The package's code is MIT; only its data files are read here.)
Credit GeoThai wherever districts.yaml is shipped.

Reads geothai/_data/provinces.json and geothai/_data/districts.json from the installed package
(located with importlib.resources; rows are [code, name_th, name_en], the district's province is
the first two digits of its code), maps every GeoThai province to the bot's canonical Thai name in
Intents/lexicon/provinces.yaml, and writes districts.yaml. Standard library only: provinces.yaml is
read with a small line parser, and the YAML is written by hand.

Rerun:

    python3 -m venv /tmp/geo && /tmp/geo/bin/pip install geothai==3.2.1
    /tmp/geo/bin/python transcribe_geothai.py \
        --provinces Intents/lexicon/provinces.yaml --output Intents/lexicon/districts.yaml

(both options default to those paths). The script stops with an error instead of writing a partial
file if the package version is not 3.2.1, a province cannot be mapped, or the district count is off.
"""

import argparse
import json
import re
import sys
from collections import defaultdict
from importlib import metadata, resources

GEOTHAI_VERSION = "3.2.1"
EXPECTED_PROVINCES = 77
EXPECTED_DISTRICTS = 928
BANGKOK_CODE = "10"

DEFAULT_PROVINCES = "Intents/lexicon/provinces.yaml"
DEFAULT_OUTPUT = "Intents/lexicon/districts.yaml"

HEADER = (
    "# Districts (อำเภอ, and เขต of Bangkok) from GeoThai (geothai 3.2.1, CC BY 4.0), "
    "transcribed by scripts/transcribe_geothai.py.\n"
    "# name: the district name without the prefix อำเภอ / เขต / กิ่งอำเภอ; english: its English "
    'name without "Amphoe"/"District"; province: canonical Thai province name.\n'
)


# --- reading -------------------------------------------------------------------------------------


def geothai_rows(name):
    """Rows of geothai/_data/<name>.json from the installed package, and the file's path."""
    try:
        data_file = resources.files("geothai").joinpath(f"_data/{name}.json")
    except ModuleNotFoundError:
        sys.exit(f"geothai is not installed in this Python; pip install geothai=={GEOTHAI_VERSION}")
    rows = json.loads(data_file.read_text(encoding="utf-8"))
    for row in rows:
        if len(row) != 3 or not all(isinstance(v, str) and v for v in row):
            sys.exit(f"{data_file}: unexpected row {row!r} (expected [code, name_th, name_en])")
    return rows, data_file


def check_package():
    try:
        version = metadata.version("geothai")
    except metadata.PackageNotFoundError:
        sys.exit(f"geothai is not installed in this Python; pip install geothai=={GEOTHAI_VERSION}")
    if version != GEOTHAI_VERSION:
        sys.exit(f"geothai {version} is installed; this transcription is of {GEOTHAI_VERSION}")
    licence = metadata.metadata("geothai").get("License-Expression", "")
    if "CC-BY-4.0" not in licence:
        sys.exit(f"geothai licence is {licence!r}; expected the data under CC-BY-4.0")


def unquote(value):
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def flow_list(value):
    value = value.split(" #", 1)[0].strip()
    if not (value.startswith("[") and value.endswith("]")):
        return []
    return [unquote(v) for v in value[1:-1].split(",") if v.strip()]


def read_lexicon_provinces(path):
    """[{name, english, aliases, source_variants}] from the `provinces:` list of provinces.yaml."""
    entries, in_list = [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line.startswith(" "):
                in_list = line.startswith("provinces:")
                continue
            if not in_list:
                continue
            m = re.match(r"^\s*(-\s+)?([a-z_]+):\s*(.*)$", line)
            if not m:
                continue
            dash, key, value = m.groups()
            if dash:
                if key != "name":
                    sys.exit(f"{path}: a province entry must begin with name: ({line!r})")
                entries.append({"aliases": [], "source_variants": []})
            if not entries:
                continue
            if key in ("name", "english"):
                entries[-1][key] = unquote(value.split(" #", 1)[0])
            elif key in ("aliases", "source_variants"):
                entries[-1][key] = flow_list(value)
    for e in entries:
        if "name" not in e or "english" not in e:
            sys.exit(f"{path}: province entry without name or english: {e!r}")
    return entries


# --- mapping and cleaning ------------------------------------------------------------------------


def fold(text):
    """Case, spaces and hyphens folded away: "Phang-nga" == "Phang Nga"."""
    return re.sub(r"[\s\-]", "", text).casefold()


def map_provinces(geo_provinces, lexicon):
    """GeoThai province code -> canonical Thai name; each of the 77 lexicon names used exactly once.

    Thai name first; then the English name against the lexicon's english and aliases (folded);
    then the lexicon's source_variants."""
    by_thai = {e["name"]: e["name"] for e in lexicon}
    by_english, by_variant = {}, {}
    for e in lexicon:
        for form in [e["english"], *e["aliases"]]:
            by_english.setdefault(fold(form), set()).add(e["name"])
        for form in e["source_variants"]:
            by_variant.setdefault(form, set()).add(e["name"])

    mapping, how = {}, {}
    for code, name_th, name_en in geo_provinces:
        if name_th in by_thai:
            mapping[code], how[code] = by_thai[name_th], "thai"
        elif len(by_english.get(fold(name_en), ())) == 1:
            mapping[code], how[code] = next(iter(by_english[fold(name_en)])), "english"
        elif len(by_variant.get(name_th, ())) == 1:
            mapping[code], how[code] = next(iter(by_variant[name_th])), "source_variant"
        else:
            sys.exit(f"GeoThai province {code} {name_th} / {name_en} matches no lexicon province")

    canonical = [e["name"] for e in lexicon]
    assert len(canonical) == EXPECTED_PROVINCES == len(set(canonical)), (
        f"provinces.yaml has {len(canonical)} names ({len(set(canonical))} distinct), "
        f"expected {EXPECTED_PROVINCES}"
    )
    assert len(geo_provinces) == EXPECTED_PROVINCES, f"GeoThai has {len(geo_provinces)} provinces"
    used = sorted(mapping.values())
    assert len(used) == len(set(used)), f"two GeoThai provinces map to one name: {used}"
    assert set(used) == set(canonical), (
        f"canonical names not covered: {sorted(set(canonical) - set(used))}"
    )
    return mapping, how


THAI_PREFIXES = ("กิ่งอำเภอ", "อำเภอ")


def thai_name(name_th, province_code):
    """Drop อำเภอ / กิ่งอำเภอ; drop เขต only in Bangkok (elsewhere it can begin a real name)."""
    for prefix in THAI_PREFIXES:
        if name_th.startswith(prefix):
            return name_th[len(prefix):]
    if province_code == BANGKOK_CODE and name_th.startswith("เขต"):
        return name_th[len("เขต"):]
    return name_th


def english_name(name_en):
    """Drop a leading "King Amphoe"/"Amphoe"/"Khet" and a trailing "District" (not "... Khet",
    which ends the real name Sanam Chai Khet)."""
    name = re.sub(r"^(King Amphoe|Amphoe|Khet)\s+", "", name_en.strip(), flags=re.IGNORECASE)
    name = re.sub(r"\s+District$", "", name, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", name)


# --- ordering ------------------------------------------------------------------------------------

LEADING_VOWELS = "เแโใไ"
TONE_AND_MARKS = re.compile("[\u0e47-\u0e4e]")


def thai_sort_key(text):
    """Thai dictionary order, approximately: a leading vowel (เ แ โ ใ ไ) sorts after the consonant
    it is written before, and tone marks only break ties."""
    swapped = re.sub(f"([{LEADING_VOWELS}])([\u0e01-\u0e2e])", r"\2\1", text)
    return (TONE_AND_MARKS.sub("", swapped), swapped, text)


# --- writing -------------------------------------------------------------------------------------

YAML_RESERVED = re.compile(
    r"^(~|null|true|false|yes|no|on|off|y|n|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|"
    r"[-+]?\.(inf|nan)|0x[0-9a-f]+|0o[0-7]+|\d+(:\d+)+)$",
    re.IGNORECASE,
)


def scalar(value):
    """A plain scalar where YAML (inside a flow mapping or sequence) allows one, else double-quoted."""
    needs_quotes = (
        not value
        or value != value.strip()
        or YAML_RESERVED.match(value)
        or value[0] in "-?:,[]{}#&*!|>'\"%@`"
        or any(c in value for c in ",[]{}")
        or ": " in value
        or " #" in value
        or value.endswith(":")
        or any(ord(c) < 0x20 for c in value)
    )
    return json.dumps(value, ensure_ascii=False) if needs_quotes else value


def flow(pairs):
    return "{" + ", ".join(f"{k}: {v}" for k, v in pairs) + "}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--provinces", default=DEFAULT_PROVINCES, help="the bot's provinces.yaml")
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="districts.yaml to write")
    args = parser.parse_args()

    check_package()
    geo_provinces, provinces_file = geothai_rows("provinces")
    geo_districts, districts_file = geothai_rows("districts")
    lexicon = read_lexicon_provinces(args.provinces)
    mapping, how = map_provinces(geo_provinces, lexicon)
    # provinces in the order of provinces.yaml (Thai alphabetical, Bangkok first); names within one
    # province in (approximate) Thai dictionary order
    province_order = {e["name"]: i for i, e in enumerate(lexicon)}
    lexicon_english = {e["english"]: e["name"] for e in lexicon}
    geo_english = {mapping[c]: en for c, _, en in geo_provinces}

    districts = []
    for code, name_th, name_en in geo_districts:
        province_code = code[:2]
        if province_code not in mapping:
            sys.exit(f"district {code} {name_th}: no GeoThai province {province_code}")
        districts.append(
            {
                "code": code,
                "name": thai_name(name_th, province_code),
                "english": english_name(name_en),
                "province": mapping[province_code],
            }
        )
    codes = [d["code"] for d in districts]
    assert len(codes) == len(set(codes)), "duplicate district codes"
    assert len(districts) == EXPECTED_DISTRICTS, (
        f"{len(districts)} districts in {districts_file}, expected {EXPECTED_DISTRICTS}"
    )
    pairs = [(d["province"], d["name"]) for d in districts]
    assert len(pairs) == len(set(pairs)), "two districts with one name in one province"
    for d in districts:
        assert d["province"] in province_order
        assert d["name"] and d["english"], d

    districts.sort(
        key=lambda d: (province_order[d["province"]], thai_sort_key(d["name"]), d["code"])
    )

    by_name = defaultdict(list)
    for d in districts:
        by_name[d["name"]].append(d["province"])
    shared = sorted(
        ((name, provs) for name, provs in by_name.items() if len(set(provs)) > 1),
        key=lambda item: thai_sort_key(item[0]),
    )

    same = []
    for d in districts:
        equals = []
        if d["name"] in province_order:
            equals.append(d["name"])
        if d["english"] in lexicon_english or d["english"] in geo_english.values():
            equals.append(d["english"])
        if equals:
            same.append((d, equals))

    lines = [HEADER.rstrip("\n"), "districts:"]
    for d in districts:
        lines.append(
            "  - "
            + flow(
                [
                    ("name", scalar(d["name"])),
                    ("english", scalar(d["english"])),
                    ("province", scalar(d["province"])),
                ]
            )
        )
    lines.append("")
    lines.append("# District names (Thai) used in more than one province, with those provinces.")
    lines.append("shared_names:")
    for name, provs in shared:
        plist = "[" + ", ".join(scalar(p) for p in provs) + "]"
        lines.append("  - " + flow([("name", scalar(name)), ("provinces", plist)]))
    lines.append("")
    lines.append(
        "# Districts whose name is exactly a canonical province name, or whose English name is "
        "exactly an English province name."
    )
    lines.append("same_as_province:")
    for d, equals in same:
        elist = "[" + ", ".join(scalar(e) for e in equals) + "]"
        lines.append(
            "  - "
            + flow(
                [
                    ("name", scalar(d["name"])),
                    ("english", scalar(d["english"])),
                    ("province", scalar(d["province"])),
                    ("equals", elist),
                ]
            )
        )
    text = "\n".join(lines) + "\n"
    if not shared:
        text = text.replace("shared_names:\n", "shared_names: []\n")
    if not same:
        text = text.replace("same_as_province:\n", "same_as_province: []\n")

    with open(args.output, "w", encoding="utf-8") as f:
        f.write(text)

    by_how = defaultdict(list)
    for code, h in how.items():
        by_how[h].append(code)
    print(f"data: {districts_file}", file=sys.stderr)
    print(f"      {provinces_file}", file=sys.stderr)
    print(
        "provinces mapped: "
        + ", ".join(f"{len(v)} by {k}" for k, v in sorted(by_how.items())),
        file=sys.stderr,
    )
    print(f"districts: {len(districts)}", file=sys.stderr)
    print(f"shared names: {len(shared)}", file=sys.stderr)
    print(f"same as province: {len(same)}", file=sys.stderr)
    print(f"wrote {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
