import datetime as dt

import pytest

from documents.dates import find_date, infer_year, parse_date

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize("raw, meta, expected", [
    ("Release Date: September 27, 2019\n\nText.", {}, ("2019-09-27", 2019, "printed")),
    ("**Release Date:** March 28, 2019", {}, ("2019-03-28", 2019, "printed")),
    ("Release Date:\n\nSeptember 26, 2019\n\nBody.", {}, ("2019-09-26", 2019, "printed")),
    ("Body text.\n\nLast Published Date: September 13, 2019", {}, ("2019-09-13", 2019, "printed")),
    ("WASHINGTON, Sept. 5, 2019 — The Secretary met.", {}, ("2019-09-05", 2019, "printed")),
    ("TEGUCIGALPA, Honduras (March 28, 2019) – The Minister said.", {}, ("2019-03-28", 2019, "printed")),
    # a title-case dateline alone on its line, day first or month first, with a country or a weekday
    ("STATEMENT\n\nPanama City, 28 November 2023\n\nThe elections of 5 May 2024 will decide.", {},
     ("2023-11-28", 2023, "printed")),
    ("STATEMENT\n\nSan José, Costa Rica, March 3, 2024\n\nText.", {}, ("2024-03-03", 2024, "printed")),
    ("STATEMENT\n\nWashington, D.C., Tuesday, June 4, 2024\n\nText.", {}, ("2024-06-04", 2024, "printed")),
    # …or opening the first paragraph, before a full stop or a dash
    ("NEWS\n\nMontecristi, 14 October 2022. President Abinader said the port opens in 2024.", {},
     ("2022-10-14", 2022, "printed")),
    ("NEWS\n\nBelmopan, May 3, 2023 – The Government said the road opens in 2025.", {},
     ("2023-05-03", 2023, "printed")),
    # a date line near the top is the page's own; "(updated October 5, 2022)" in a related link further down is not
    ("Security Alert\n\nBy U.S. Mission Mexico\n9 May, 2023\nTopics: Alert\n\n" + "Text of the alert.\n" * 32
     + "Mexico Travel Advisory (updated October 5, 2022)", {}, ("2023-05-09", 2023, "printed")),
    # …with an ordinal day before the month ("Kingstown, 14th August, 2024")
    ("PRESS RELEASE\n\nKingstown, 14th August, 2024\n\nThe Government recalled the hurricanes of 2021.", {},
     ("2024-08-14", 2024, "printed")),
    # …or the town closed by a full stop ("Belmopan. August 24, 2022. Prime Minister …")
    ("PRESS OFFICE\n\nPress Release No. 583/2022\nBelmopan. August 24, 2022. Prime Minister Hon. John Briceño "
     "recalled the referendums of 2018 and 2019.", {}, ("2022-08-24", 2022, "printed")),
    # …or after a field's label, the date in figures ("Event: Hermosillo, 09/05/2023 — The U.S. Consulate …")
    ("Security Alert: Road Blockades in Sonora\n\nLocation: Sonora, Mexico\nEvent: Hermosillo, 09/05/2023 — The U.S. "
     "Consulate General informs U.S. citizens of blockades since 2019.", {}, ("2023-09-05", 2023, "printed")),
    # …or with a double hyphen before the date in figures ("Bridgetown, Barbados -- 07/12/2024")
    ("U.S. Embassy in Barbados\n\nUNITED STATES DELIVERS HURRICANE RELIEF\n\nBridgetown, Barbados -- 07/12/2024\n\n"
     "The storm of 2021 was smaller.", {}, ("2024-07-12", 2024, "printed")),
    ("Text. Release Date: May 1, 2020", {"date": "2021-06-07T10:00:00Z"}, ("2021-06-07", 2021, "metadata")),
    ("x", {"date": "Tue, 10 Jun 2014 04:00:00 GMT"}, ("2014-06-10", 2014, "metadata")),
    # a saved RSS/Atom item: title, link, then the RFC 822 date line
    ("Secretary Travels to Guatemala\nhttps://www.state.gov/x/\nThu, 10 Jun 2021 17:57:12 +0000\n\nBody 1986.",
     {}, ("2021-06-10", 2021, "metadata")),
    ("Thursday, June 10, 2021\n\nThe Secretary met the Minister.", {}, ("2021-06-10", 2021, "printed")),
    ("Media Note\n06/10/2021\n\nThe Secretary met the Minister.", {}, ("2021-06-10", 2021, "printed")),
    ("Readout\n10 June 2021\n\nThe Secretary met.", {}, ("2021-06-10", 2021, "printed")),
    ("FOR IMMEDIATE RELEASE — June 10, 2021\n\nThe Secretary met.", {}, ("2021-06-10", 2021, "printed")),
    ("By Ana Ruiz\nPublished 3:14 PM EST, Tue March 7, 2023\n\nSince 1998 the group has grown.", {},
     ("2023-03-07", 2023, "printed")),
    ("Headline\n\nBy U.S. Embassy Belmopan | 21 February, 2024 | Topics: News\n\nText.", {},
     ("2024-02-21", 2024, "printed")),
    ("Posted on 2022-11-04 by Press Office\n\nText.", {}, ("2022-11-04", 2022, "printed")),
    # a category between "Posted" and the date
    ("PRESS OFFICE\nPosted in Press Releases on October 13, 2023\n\nOn October 11, 2023, a patrol met a vessel.", {},
     ("2023-10-13", 2023, "printed")),
    # a dateline closed by ".-" (Spanish usage in English text) or followed by the time of day
    ("PRESS RELEASE 112-2022\n\nGuatemala City, 14 July 2022.- The Vice Minister recalled the treaty of 1882.", {},
     ("2022-07-14", 2022, "printed")),
    ("PRESS OFFICE\n\nBelmopan. October 13, 2023. 11:20 a.m.\n\nOn Wednesday, October 11, 2023, a patrol was met.", {},
     ("2023-10-13", 2023, "printed")),
    # a dateline with a news agency's tag after the date
    ("Jamaica Information Service\n\nHeadline\n\nKingston, 27 October 2022 (JIS):\n\nThe Ministry said the guns "
     "were seized on Tuesday, 25 October.", {}, ("2022-10-27", 2022, "printed")),
    ("EFE English\n\nHeadline\n\nSan José, Jun 18, 2025 (EFE).- Authorities seized cocaine.\n\nRelated news:\n"
     "Costa Rica and Panama agree to share data | Jun 10, 2025", {}, ("2025-06-18", 2025, "printed")),
    # an embassy page's byline, put at the bottom under related links with their own dates
    ("Security Alert: Armed Confrontations in Reynosa (January 24, 2022)\n\n" + "Event: gunfire.\n" * 32
     + "Related: [Security Alert: Nuevo Laredo (January 10, 2022)]\n\nBy U.S. Mission Mexico | 24 January, 2022 | "
     "Topics: Alerts", {}, ("2022-01-24", 2022, "printed")),
    # a wire story dated by day and month only: its page's copyright year, when no later year is named
    ("EFE English\n\nHeadline\n\nPaso Canoas (Costa Rica), Feb 19 (EFE).- Crossings fell from 500,000 in 2023 to "
     "300,000 in 2024.\n\n© EFE 2025. All rights reserved.", {}, (None, 2025, "inferred")),
    ("EFE English\n\nHeadline\n\nPaso Canoas (Costa Rica), Feb 19 (EFE).- Crossings will fall by 2027.\n\n"
     "© EFE 2025. All rights reserved.", {}, (None, None, None)),
    ("Headline\n\nThe minister spoke on Feb 19 about crossings in 2023.\n\n© EFE 2025.", {}, (None, None, None)),
    # a wire story's only date: "Updated", a time and its zone, then the date
    ("AP NEWS\n\nHeadline here\n\nBy ANA RUIZ\nUpdated 6:40 PM EDT, April 28, 2023\n\nTACNA, Peru (AP) — Text.", {},
     ("2023-04-28", 2023, "printed")),
    # a saved feed item written as fields: "Pub Date: Wed, 20 Dec 2023 21:15:04 +0000"
    ("<item>\nTitle: Statement\nLink: https://x.gov/a\nPub Date: Wed, 20 Dec 2023 21:15:04 +0000\n\nBody.", {},
     ("2023-12-20", 2023, "metadata")),
    # inferred only when the text makes it nearly certain; history and target years never count
    ("The program began in 2012 and in 2013 had results.", {}, (None, None, None)),
    ("Launched in 2015, the plan aims to halve crime by 2020.", {}, (None, None, None)),
    ("Since its inception in 1986 the agency has grown. Leaders recalled the 2009 coup.", {}, (None, None, None)),
    ("Since its inception in 1986 the agency has grown. On March 3, 2023, the Minister announced a plan "
     "to cut crime by 2030.", {}, (None, 2023, "inferred")),
    ("In fiscal year 2013 the program trained 300 police. In 2013 it also built two labs.", {},
     (None, 2013, "inferred")),
    ("On May 3, 2021, the Minister spoke. A report in 2024 found more.", {}, (None, None, None)),
    ("No year here at all.", {}, (None, None, None)),
])
def test_find_date(raw, meta, expected):
    d = find_date(raw, raw, meta, today=TODAY)
    assert (d.date, d.year, d.source) == expected


def test_the_date_in_a_saved_pages_own_address():
    """A text capture whose only date is its address's "/2025/02/11/"; a link further down is another page's."""
    raw = ("Ministry of Public Security – Government of Costa Rica\n"
           "https://www.seguridadpublica.go.cr/en/news/2025/02/11/drug-control-police-seize-cocaine\n"
           "Home / News / English\n\nPolice seize cocaine at Moín\n\nOfficers seized 2.6 tons. Under Law 8204 of "
           "2001 the suspects face prison.")
    d = find_date(raw, raw, {}, today=TODAY)
    assert (d.date, d.year, d.source) == ("2025-02-11", 2025, "metadata")
    later = "Police seize cocaine\n\n" + "Officers seized it.\n\n" * 6 + "https://example.org/2019/05/01/old-story\n"
    assert find_date(later, later, {}, today=TODAY).date is None


def test_future_years_are_not_publication_years():
    assert infer_year("Funding through 2031 was approved on May 3, 2024.", TODAY) == 2024
    assert infer_year("The plan runs until 2027. It was signed on May 3, 2024.", TODAY) == 2024
    # a planned event in a year already past (TODAY is later) is still a plan in the text, not its present
    assert infer_year("The report was released on March 3, 2023. The next election will be held on February 4, "
                      "2024. In 2023 the program grew.", TODAY) == 2023


@pytest.mark.parametrize("value, expected", [
    ("2019-09-27", dt.date(2019, 9, 27)), ("2019", dt.date(2019, 1, 1)), ("March 3, 2016", dt.date(2016, 3, 3)),
    ("3 March 2016", dt.date(2016, 3, 3)), ("nonsense", None),
    ("Thu, 10 Jun 2021 17:57:12 +0000", dt.date(2021, 6, 10)), ("2021-06-10T17:57:12-04:00", dt.date(2021, 6, 10)),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_shipped_dates(shipped_corpus):
    by_source = {d.source: d for d in shipped_corpus.documents}
    assert by_source["001_a8106c4c00bbb7dd.txt"].date == "2019-09-13"
    assert by_source["003_678da82251f1671a.txt"].date == "2019-09-27"
    assert by_source["004_1f7790242458674b.txt"].date == "2019-03-28"
    # "over the past year … in 2014": the publication year is not certain, so the document is undated
    assert by_source["000_de10f3028376d491.txt"].year is None
    # "could fall to 80 per 100,000 for 2013, from 85.5 in 2012": a projection, not a date line
    assert by_source["002_1ae962642166b66c.txt"].year is None


@pytest.mark.parametrize("page, expected", [
    ('<html><head><meta property="article:published_time" content="2021-06-07T21:15:04-04:00"></head>'
     '<body><main><p>Body text about 2009.</p></main></body></html>', "2021-06-07"),
    ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
     '"2022-03-04T10:00:00Z"}</script></head><body><main><p>Body text.</p></main></body></html>', "2022-03-04"),
    ('<html><head><link rel="canonical" href="https://www.state.gov/2021/06/10/secretary-travels/"></head>'
     '<body><main><p>Body text since 1986.</p></main></body></html>', "2021-06-10"),
    ('<html><body><main><p><time datetime="2023-01-05">January 5</time></p><p>Body.</p></main></body></html>',
     "2023-01-05"),
])
def test_html_dates(page, expected):
    from corpus.pipeline import analyse_document
    from documents.load import load_bytes

    doc = analyse_document(load_bytes("page.html", page.encode())).document
    assert (doc.date, doc.date_source) == (expected, "metadata")


@pytest.mark.parametrize("raw, expected", [
    ("Tegucigalpa, 28 de marzo de 2019.– La Secretaría de Seguridad informó.", ("2019-03-28", 2019, "printed")),
    ("TEGUCIGALPA, HONDURAS, 28 de marzo de 2019 – El Ministro dijo.", ("2019-03-28", 2019, "printed")),
    ("San Salvador, El Salvador, jueves 10 de junio de 2021 - El Canciller se reunió.",
     ("2021-06-10", 2021, "printed")),
    ("Comunicado\njueves 10 de junio de 2021\n\nLa Canciller se reunió con el Embajador.",
     ("2021-06-10", 2021, "printed")),
    ("Comunicado\n10/06/2021\n\nLa Canciller se reunió con el Embajador.", ("2021-06-10", 2021, "printed")),
    ("Fecha: 1.º de julio del 2020\n\nEl Presidente firmó.", ("2020-07-01", 2020, "printed")),
    ("Publicado el 5 de septiembre de 2019\n\nTexto.", ("2019-09-05", 2019, "printed")),
    # inferred years: history ("desde", "fundada en") and targets ("para 2030") never count
    ("Desde su fundación en 1986 la institución creció. El 3 de marzo de 2023 el Ministro anunció un plan "
     "para reducir el crimen para 2030.", (None, 2023, "inferred")),
    ("El programa comenzó en 2012 y en 2013 tuvo resultados.", (None, None, None)),
    # "Fecha de la resolución:" labels the date; a planned event's year is not the present
    ("RESUMEN DE RESOLUCIÓN\nFecha de la resolución: 3 de septiembre de 2021\n\nLa Sala resolvió el caso.",
     ("2021-09-03", 2021, "printed")),
    ("La Sala resolvió el 3 de septiembre de 2021 el caso de 2021. La próxima elección se celebrará el 4 de febrero "
     "de 2024.", (None, 2021, "inferred")),
])
def test_find_date_in_spanish(raw, expected):
    d = find_date(raw, raw, {}, today=TODAY, language="es")
    assert (d.date, d.year, d.source) == expected


@pytest.mark.parametrize("value, order, expected", [
    ("28 de marzo de 2019", "MDY", dt.date(2019, 3, 28)), ("jueves 10 de junio de 2021", "MDY", dt.date(2021, 6, 10)),
    ("10/06/2021", "DMY", dt.date(2021, 6, 10)), ("10/06/2021", "MDY", dt.date(2021, 10, 6)),
    ("30 de febrero de 2021", "MDY", None),
])
def test_parse_date_in_spanish(value, order, expected):
    assert parse_date(value, order) == expected


@pytest.mark.parametrize("label", ["", "URL: ", "Source URL: ", "Page address: ", "Link: "])
def test_a_saved_pages_own_address_near_the_top_dates_it(label):
    from corpus.pipeline import analyse_document
    from documents.load import load_bytes

    text = (f"U.S. DEPARTMENT of STATE\nHome | Press\n{label}https://www.state.gov/briefings-statements/2023/02/06/"
            "travel-to-mexico/\n\nAssistant Secretary Nichols' Travel to Mexico\n\nThe Assistant Secretary will "
            "travel to Mexico City February 7-10. He served as Ambassador to Peru (2014-2017) and the Summit met in "
            "June 2022.")
    doc = analyse_document(load_bytes("note.txt", text.encode())).document
    assert doc.date == "2023-02-06", (doc.date, doc.year, doc.date_source)


def test_a_wire_pages_date_line_with_its_update_note_dates_it():
    from corpus.pipeline import analyse_document
    from documents.load import load_bytes

    text = ("Reuters\nWorld | Americas | Business\n\nColombia and Venezuela reopen border to cargo trucks\nBy Reuters "
            "staff\nSeptember 26, 2022 4:47 PM UTC Updated ago\n\nCUCUTA, Colombia, Sept 26 (Reuters) - Colombia and "
            "Venezuela reopened their border for the first time since 2015. Trade topped $7 billion in 2008.")
    doc = analyse_document(load_bytes("wire.txt", text.encode())).document
    assert (doc.date, doc.date_source) == ("2022-09-26", "printed")
