"""The organisations lexicon (data/actors/organizations.yaml) is consistent: every entry loads, names a valid
kind and country, its parent resolves to one entry, and no name, alias or acronym is silently claimed by
two entries (the loader keeps the first and drops the other without a word)."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from actors.lexicon import get_lexicon, load_data, us_variants
from actors.normalize import actor_id, fold, name_key

DATA = Path(__file__).resolve().parents[2] / "data" / "actors"
KINDS = {"agency", "organization", "criminal"}

# Acronyms that several bodies really use. Each names one body per entry; agencies.find_agencies resolves
# such an acronym only to a body the document also names, and never guesses among them.
SHARED_ACRONYMS = {
    "FGR": "Salvadoran and Mexican attorneys general (Fiscalía General de la República)",
    "INM": "Honduran and Mexican migration institutes",
    "PNC": "Guatemalan and Salvadoran National Civil Police",
    "CSJ": "supreme courts of justice of Honduras, Guatemala, El Salvador, Nicaragua and Colombia",
    "TSE": "electoral tribunals of Guatemala, El Salvador, Costa Rica, Brazil and Bolivia",
    "CNE": "national electoral councils of Honduras, Venezuela, Colombia and Ecuador",
    "HNP": "Honduran and Haitian National Police",
    "PNH": "Policía Nacional de Honduras and Police Nationale d'Haïti",
    "UIF": "financial intelligence units of Mexico, Honduras and El Salvador",
    "SAT": "tax administrations of Mexico and Guatemala",
    "MJSP": "justice and public security ministries of El Salvador, Haiti and Brazil",
    "UAF": "financial analysis units of Nicaragua, Panama and the Dominican Republic",
    "MEF": "economy and finance ministries of Panama and Peru",
    "MINDEF": "defence ministries of Guatemala and Peru",
    "CSE": "Nicaragua's Supreme Electoral Council and Canada's Communications Security Establishment",
    "CSIS": "Canadian Security Intelligence Service and Center for Strategic and International Studies",
    "CAF": "Canadian Armed Forces and CAF – Development Bank of Latin America and the Caribbean",
    "CCJ": "Caribbean Court of Justice and Central American Court of Justice",
    "CRS": "Congressional Research Service and Catholic Relief Services",
    "PCC": "Communist Party of Cuba and Primeiro Comando da Capital",
    "PRD": "Mexican and Dominican parties",
    "PNP": "Peruvian National Police and Jamaica's People's National Party",
    "RBPF": "Royal Bahamas and Royal Barbados police forces",
    "BDF": "Belize and Barbados defence forces",
}
# Two-letter acronyms match too often to add lightly; these few are established and need support in the
# document before they count (agencies.SHORT_ACRONYM).
TWO_LETTER = {"CT", "CA", "EB", "DS", "MP", "UN", "U.N.", "TI", "EU", "VA"}
# All-caps words that are also English or Spanish words, or date parts: an acronym like these would fire on
# headlines ("MAS INFORMACIÓN", "BUKELE GANA", "SEP 2023", "Artículo 5 BIS").
WORD_ACRONYMS = {"CAN", "OIL", "EPIC", "CARE", "KIND", "RAND", "ACT", "AIM", "ARM", "ART", "BAN", "CAP", "CITE",
                 "DARE", "FAST", "HOPE", "LEAD", "MAP", "PACT", "PLAN", "SAFE", "STEP", "WIN", "AND", "FOR",
                 "MAS", "GANA", "ACTO", "DIA", "AMO", "BIS", "SEP", "OCT", "NOV", "DEC", "JAN", "FEB", "MAR", "APR",
                 "JUN", "JUL", "AUG", "LOS", "LAS", "DEL", "CON", "POR", "PARA", "UNA", "SIN"}
# Bare names the matcher would read in any country's text. The few listed here are older entries that are
# the base for context.rehome_orgs (a bare hit is moved to the country its sentence is about).
GENERIC_BARE = {"national police", "national civil police", "supreme court", "supreme court of justice",
                "armed forces", "army", "navy", "air force", "coast guard", "congress", "national congress",
                "senate", "chamber of deputies", "house of representatives", "national assembly",
                "legislative assembly", "constitutional court", "public ministry", "attorney general s office",
                "foreign ministry", "ministry of foreign affairs", "ministry of defense", "ministry of health",
                "ministry of security", "ministry of the interior", "ministry of justice", "ministry of finance",
                "policia nacional", "fuerzas armadas", "ministerio publico", "corte suprema de justicia",
                "asamblea nacional", "congreso nacional", "fiscalia general de la republica",
                "congreso de la republica", "ministerio de defensa", "ministerio de salud", "cancilleria"}
GRANDFATHERED_BARE = {"policia nacional", "ministerio publico", "corte suprema de justicia", "congreso nacional",
                      "national civil police", "fiscalia general de la republica", "congreso de la republica",
                      "fuerzas armadas"}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return load_data("organizations.yaml")


@pytest.fixture(scope="module")
def lex():
    return get_lexicon()


def _names(row: dict) -> list[str]:
    return [v for alias in (row["name"], *(row.get("aka") or ())) for v in us_variants(alias)]


def test_every_entry_has_a_name_a_valid_kind_and_a_known_country(rows, lex):
    assert isinstance(rows, list) and len(rows) > 900
    for row in rows:
        assert isinstance(row, dict) and isinstance(row.get("name"), str) and row["name"].strip() == row["name"], row
        assert row.get("kind", "agency") in KINDS, row
        assert not row.get("country") or row["country"] in lex.countries, row
        for key in ("acr", "aka"):
            assert isinstance(row.get(key, []), list), row
            assert all(isinstance(v, str) and v.strip() for v in row.get(key, [])), row
        assert not row.get("shared") or row.get("country") == "US", f"shared only means something for U.S. bodies: {row}"


def test_ids_are_unique(rows):
    ids = [actor_id(r.get("kind", "agency"), r["name"]) for r in rows]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


def test_no_name_or_alias_is_claimed_by_two_entries(rows):
    owners: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for variant in _names(row):
            owners[name_key(variant)].add(row["name"])
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1}
    assert clashes == {}


def test_no_acronym_is_claimed_by_two_entries_unless_listed(rows):
    owners: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        for acr in row.get("acr") or ():
            owners[acr].append(row)
    clashes = {a for a, rs in owners.items() if len(rs) > 1}
    assert clashes - set(SHARED_ACRONYMS) == set()
    assert set(SHARED_ACRONYMS) - clashes == set(), "a listed acronym no longer shared: drop it from the list"
    for acr in SHARED_ACRONYMS:  # one body per entry: never the same body twice
        names = [r["name"] for r in owners[acr]]
        assert len(names) == len(set(names)), acr


def test_acronyms_are_not_short_words_or_another_entrys_name(rows):
    owners: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for variant in _names(row):
            owners[name_key(variant)].add(row["name"])
    for row in rows:
        for acr in row.get("acr") or ():
            letters = [c for c in acr if c.isalpha()]
            assert len(letters) > 2 or acr in TWO_LETTER or any(c.isdigit() for c in acr), (row["name"], acr)
            assert acr.upper() not in WORD_ACRONYMS, (row["name"], acr)
            assert owners.get(name_key(acr), set()) <= {row["name"]}, (row["name"], acr, owners[name_key(acr)])


def test_national_bodies_do_not_claim_bare_generic_names(rows):
    """ "Ministry of Health" alone is many countries'; a national body is named with its country."""
    bare = defaultdict(list)
    for row in rows:
        if row.get("country") in (None, "", "US") or row.get("shared"):
            continue
        for alias in _names(row):
            if fold(alias) in GENERIC_BARE:
                bare[fold(alias)].append(row["name"])
    assert set(bare) <= GRANDFATHERED_BARE, {k: v for k, v in bare.items() if k not in GRANDFATHERED_BARE}


def test_spanish_ministry_names_stay_with_the_spanish_reader(rows):
    """A bare "Ministerio de Salud" is read by actors.spanish for the country the text is about; a lexicon
    alias would claim it for one country in every English text. Older entries keep theirs."""
    spanish = {fold(n) for n in load_data("institutions_es.yaml")["ministries"]}
    older = {"secretaria de relaciones exteriores", "ministerio de gobernacion", "secretaria de gobernacion",
             "secretaria de estado en el despacho de seguridad"}
    claimed = {fold(a) for row in rows for a in _names(row) if fold(a) in spanish}
    assert claimed <= older, claimed - older


def test_parents_resolve_to_one_other_entry(rows, lex):
    for row in rows:
        parent = row.get("parent")
        if not parent:
            continue
        entry = lex.org(parent)
        assert entry is not None, f"{row['name']}: parent {parent!r} names no entry"
        assert len(lex.org_by_acronym.get(parent, [entry])) == 1, f"{row['name']}: parent {parent!r} is ambiguous"
        assert entry.name != row["name"], row["name"]


def test_parent_chains_end(lex):
    for entry in lex.orgs:
        seen, cur = set(), entry
        while cur is not None and cur.parent:
            assert cur.name not in seen, f"parent cycle through {cur.name}"
            seen.add(cur.name)
            cur = lex.org(cur.parent)


def test_a_national_bodys_parent_is_of_the_same_country(lex):
    for entry in lex.orgs:
        parent = lex.org(entry.parent) if entry.parent else None
        if parent is not None and entry.country and parent.country:
            assert parent.country == entry.country, (entry.name, parent.name)


def test_lexicon_builds_with_every_entry(rows, lex):
    mine = [e for e in lex.orgs if not e.name.startswith("U.S. Attorney's Office for the")]
    assert len(mine) == len(rows)
    assert len({e.id for e in lex.orgs}) == len(lex.orgs)


def test_other_data_files_name_entries_of_the_right_country(lex):
    """titles.yaml and sites.yaml refer to organisations by name or acronym: each ref must reach the
    intended body, not whichever entry first took a shared acronym."""
    titles = load_data("titles.yaml")
    for key in ("justice", "military", "legislature"):
        for country, ref in titles[f"{key}_office"].items():
            entry = lex.org(ref)
            assert entry is not None and entry.country == country, (key, country, ref)
    for dom, info in titles["domains"].items():
        if not info["us"]:
            continue  # a region as a portfolio ("for Latin America and the Caribbean") names no U.S. agency
        entry = lex.org(info["us"])
        assert entry is not None and entry.country == "US", (dom, info["us"])
    for site, ref in load_data("sites.yaml").items():
        entry = lex.org(ref)
        assert entry is not None and entry.country == "US", (site, ref)


def test_a_countrys_ministry_is_found_by_the_name_english_texts_give_it(lex):
    """ministry_draft looks up "<Demonym> Ministry of <portfolio>": whatever that finds is that country's."""
    titles = load_data("titles.yaml")
    portfolios = {info["ministry"] for info in titles["domains"].values()}
    found = 0
    for code, country in lex.countries.items():
        if not country.demonyms:
            continue
        for portfolio in portfolios:
            entry = lex.org(f"{country.demonyms[0]} Ministry of {portfolio}")
            if entry is not None:
                found += 1
                assert entry.country == code, (code, portfolio, entry.name)
    assert found > 80


@pytest.mark.parametrize("ref, country", [
    ("Global Affairs Canada", "CA"), ("Immigration, Refugees and Citizenship Canada", "CA"),
    ("Public Safety Canada", "CA"), ("Canada Border Services Agency", "CA"), ("RCMP", "CA"),
    ("Parliament of Canada", "CA"), ("Canadian House of Commons", "CA"), ("Senate of Canada", "CA"),
    ("SEDENA", "MX"), ("SEMAR", "MX"), ("COFEPRIS", "MX"), ("Guardia Nacional", "MX"),
    ("Instituto Nacional de Migración", "MX"), ("Instituto Nacional de Migración de Honduras", "HN"),
    ("Guatemalan Ministry of Foreign Affairs", "GT"), ("Salvadoran Ministry of Justice and Public Security", "SV"),
    ("Haitian National Police", "HT"), ("Policía Nacional de Colombia", "CO"), ("JCF", "JM"),
    ("Venezuelan National Electoral Council", "VE"), ("SEBIN", "VE"), ("Dominican Directorate of Migration", "DO"),
    ("Bureau for Humanitarian Assistance", "US"), ("Bureau for Latin America and the Caribbean", "US"),
    ("JTF-Bravo", "US"), ("Joint Interagency Task Force South", "US"), ("SOUTHCOM", "US"),
    ("Senate Caucus on International Narcotics Control", "US"),
    ("House Foreign Affairs Subcommittee on the Western Hemisphere", "US"),
])
def test_named_bodies_are_known(lex, ref, country):
    entry = lex.org(ref)
    assert entry is not None and entry.country == country, (ref, entry)


@pytest.mark.parametrize("ref, kind", [
    ("OHCHR", "organization"), ("UNHCR", "organization"), ("IOM", "organization"), ("WFP", "organization"),
    ("UNODC", "organization"), ("UNDP", "organization"), ("BINUH", "organization"), ("ECLAC", "organization"),
    ("OAS Permanent Council", "organization"), ("IACHR", "organization"), ("Inter-American Court", "organization"),
    ("IDB", "organization"), ("Development Bank of Latin America", "organization"), ("World Bank", "organization"),
    ("IMF", "organization"), ("SICA", "organization"), ("CARICOM IMPACS", "organization"), ("ICRC", "organization"),
    ("Honduran Red Cross", "organization"), ("WOLA", "organization"), ("InSight Crime", "organization"),
    ("MS-13", "criminal"), ("Barrio 18", "criminal"), ("Tren de Aragua", "criminal"), ("Los Choneros", "criminal"),
    ("Los Lobos", "criminal"), ("Clan del Golfo", "criminal"), ("ELN", "criminal"), ("FARC dissidents", "criminal"),
    ("G9", "criminal"), ("G-Pèp", "criminal"), ("400 Mawozo", "criminal"), ("5 Segonn", "criminal"),
    ("Gulf Cartel", "criminal"),
])
def test_international_bodies_and_groups_are_known(lex, ref, kind):
    entry = lex.org(ref)
    assert entry is not None and entry.kind == kind, (ref, entry)


def test_yaml_is_one_flow_mapping_per_line():
    """One entry per line keeps diffs reviewable and a comma inside an unquoted name visible."""
    for n, line in enumerate((DATA / "organizations.yaml").read_text(encoding="utf-8").splitlines(), 1):
        assert line.startswith(("# ", "- {")) and (line.startswith("#") or line.endswith("}")), (n, line)
        if line.startswith("- {"):
            row = yaml.safe_load(line)[0]
            assert isinstance(row, dict) and None not in row.values(), (n, line)
