"""Cleaning: boilerplate goes, every body sentence stays (general rules, checked on shipped files too)."""
import re

import pytest

from documents.clean import clean_text, is_furniture, strip_markdown
from documents.load import load_path
from tests.conftest import SHIPPED


@pytest.mark.parametrize("line", [
    "Official website of the Department of Homeland Security",
    "An official website of the United States government",
    "Accessibility links", "Breaking News", "printable banner", "Back to Top", "please wait",
    "No media source currently available", "0:00 0:03:53 0:00", "Direct link", "Enter Search Term",
    "On DHS.gov", "Topics: [International Engagement \\(/topics/international\\)](/topics/international)",
    "Keywords: International partnerships (/keywords/international-partnerships)",
    "Release Date: September 27, 2019", "**Release Date:** September 27, 2019", "Last Published Date: March 28, 2019",
    "September 26, 2019", "###", "Do you already have an account on one of these sites? Click the logo to sign in.",
    "OpenID is a service that allows you to sign in to many different websites using a single identity.",
    "AILA Doc. No. 19092735. (Posted 9/27/19)", " в. Л.", "/ Δr", "IU", "Share", "Print", "Follow us on Twitter",
    "Download: [B-Roll video](https://example.gov/x.mp4)", "Skip to main content", "Diplomacy in Action",
])
def test_furniture_lines_are_dropped(line):
    assert is_furniture(strip_markdown(line))


@pytest.mark.parametrize("line", [
    "Honduras suffers from violence and a high homicide rate.",
    "Together we will prevail.",
    "Human trafficking and smuggling;",
    "The United States and Honduras share a strong partnership.",
    "Goals: INL is committed to supporting the Honduran government's effort.",
    "Previously released joint statement:",
])
def test_body_lines_are_kept(line):
    assert not is_furniture(line)


def test_markdown_link_debris_becomes_text():
    assert strip_markdown("[Honduras \\(/keywords/honduras\\)](#)") == "Honduras (/keywords/honduras)".split(" (")[0]
    assert strip_markdown("See [the report](https://x.gov/r.pdf) now") == "See the report now"
    assert strip_markdown("**Bold** and *it*") == "Bold and it"


def test_broken_paragraph_is_rejoined():
    c = clean_text("Headline Of The Story\n\nThe first sentence is long enough to be a body sentence. This\n\nprogram is a tool.")
    assert "This program is a tool." in c.text


def test_list_item_in_lower_case_is_not_joined_to_the_one_before():
    c = clean_text("Leaders met in Port of Spain this week for the regular meeting.\n\nAttending:\n\n"
                   "- the Honourable Gaston Browne, Prime Minister of Antigua and Barbuda\n"
                   "- the Honourable Philip Davis, Prime Minister of The Bahamas\n")
    assert "Barbuda\n\nthe Honourable Philip Davis" in c.text


def test_teaser_repeated_in_body_is_dropped():
    teaser = "The two countries have a relationship based on mutual respect."
    c = clean_text(f"Title Of Page\n\n{teaser}\n\n{teaser} Both countries met last week in the capital city.")
    assert c.text.count(teaser) == 1


def test_headline_found_and_masthead_dropped():
    c = clean_text("U.S. Department of\nHomeland Security\n\n# Big News About Things\n\n"
                   "WASHINGTON – Today the Secretary met with the Minister of Security in Washington.")
    assert c.title == "Big News About Things"
    assert c.text.startswith("Big News About Things\n\nWASHINGTON")


def _sentences(raw: str) -> list[str]:
    """Body sentences of a capture: long lines with final punctuation, markdown stripped."""
    out = []
    for line in raw.splitlines():
        line = strip_markdown(line.strip().lstrip("•-* ").strip())
        if len(line.split()) >= 10 and re.search(r"[.!?\"”]$", line) and not is_furniture(line):
            out.extend(s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", line) if len(s.split()) >= 4)
    return out


@pytest.mark.parametrize("path", sorted(SHIPPED.glob("*.txt")), ids=lambda p: p.name)
def test_shipped_documents_keep_every_body_sentence(path):
    loaded = load_path(path)
    cleaned = clean_text(loaded.text).text
    flat = " ".join(cleaned.split())
    for sentence in _sentences(loaded.text):
        assert " ".join(sentence.split()) in flat, sentence


@pytest.mark.parametrize("path", sorted(SHIPPED.glob("*.txt")), ids=lambda p: p.name)
def test_shipped_documents_lose_their_boilerplate(path):
    cleaned = clean_text(load_path(path).text).text.lower()
    for junk in ("official website of", "accessibility links", "printable banner", "back to top", "please wait",
                 "openid", "sign in", "topics:", "keywords:", "last published date", "0:00", "](", "enter search"):
        assert junk not in cleaned


def test_a_saved_feed_items_fields_give_the_headline_and_drop_the_link():
    text = ("Title: Honduras reacciona a la condena del expresidente\nLink: https://efe.com/mundo/x/\n"
            "Date: Wed, 26 Jun 2024 23:12:00 +0000\n\nTegucigalpa, 26 jun (EFE).- La condena fue dura.")
    cleaned = clean_text(text)
    assert cleaned.title == "Honduras reacciona a la condena del expresidente"
    assert "https://" not in cleaned.text and "Link:" not in cleaned.text


def test_one_paragraph_per_line_is_not_joined_into_the_next():
    prose = " ".join(["The delegation traveled across the region and met officials in every town it visited."] * 3)
    lines = [prose] * 10 + ["CDC Dengue Branch: National Center for Emerging and Zoonotic Infectious Diseases",
                            "Puerto Rico Department of Health: Dengue surveillance reports"]
    cleaned = clean_text("\n".join(lines))
    assert "Infectious Diseases\n\nPuerto Rico" in cleaned.text


def test_a_list_of_names_with_their_titles_keeps_one_person_a_line():
    text = ("The two delegations met in Washington on Friday to review the high-level security dialogue.\n\n"
            "Participants for the United States:\nAntony J. Blinken, Secretary of State\n"
            "Jake Sullivan, Assistant to the President and National Security Advisor\n"
            "Jeff Zients, White House Chief of Staff\n\nParticipants for Mexico:\nForeign Secretary Alicia Bárcena")
    cleaned = clean_text(text).text
    assert "Secretary of State\n\nJake Sullivan" in cleaned
    assert "National Security Advisor\n\nJeff Zients" in cleaned
    assert "Participants for Mexico:\n\nForeign Secretary" in cleaned


def test_prose_wrapped_at_a_width_is_still_joined():
    words = ("The Secretary met the Minister of Foreign Affairs of Honduras to discuss migration and the "
             "partnership between the two countries in the coming year with many others present").split()
    lines, line = [], ""
    for w in words * 6:
        if len(line) + 1 + len(w) > 72:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    cleaned = clean_text("\n".join(lines))
    assert "\n" not in cleaned.text.strip()


@pytest.mark.parametrize("page, headline", [
    # a dateline under the headline is not the headline
    ("Panama Canal Authority\nHome | Maritime Services | Water | News Room\n\nPanama Canal Adjusts Daily Transits "
     "and Draft to Conserve Water as Drought Persists\n\nPanama City, July 24, 2023\n\nThe Panama Canal Authority "
     "(ACP) announced today that it will limit the number of daily transits.\n",
     "Panama Canal Adjusts Daily Transits and Draft to Conserve Water as Drought Persists"),
    # a sentence-case headline under a presidency's masthead and menu, over a Spanish dateline
    ("PRESIDENCIA DE LA REPÚBLICA DOMINICANA\nInicio | Noticias | Agenda | Discursos | English\n\nPresident Abinader "
     "and U.S. Secretary of State Marco Rubio sign agreements on security, energy and migration\n\nSanto Domingo, 6 "
     "February 2025\n\nHis Excellency Luis Abinader, President of the Dominican Republic, received the Secretary "
     "of State this Thursday at the National Palace.\n",
     "President Abinader and U.S. Secretary of State Marco Rubio sign agreements on security, energy and migration"),
    # numbered labels, contact lines and phone numbers head the page without titling it
    ("NEWS RELEASE\nMarch 14, 2025\nContact: 7th District Public Affairs\nAfter Hours: 305-216-1578\n\nCoast Guard "
     "Cutter Tampa offloads more than $239 million in illegal narcotics at Port Everglades\n\nMIAMI — The crew of the "
     "Coast Guard Cutter Tampa offloaded approximately 17,800 pounds of cocaine worth $239 million.\n",
     "Coast Guard Cutter Tampa offloads more than $239 million in illegal narcotics at Port Everglades"),
    ("Bulletin No. 1187\n\nMara Lezama activates state sargassum protocol as record arrivals reach the Mexican "
     "Caribbean\n\nChetumal, Quintana Roo, 12 June 2025\n\nGovernor Mara Lezama Espinosa activated the state "
     "protocol on Monday as sargassum arrivals broke records.\n",
     "Mara Lezama activates state sargassum protocol as record arrivals reach the Mexican Caribbean"),
    # a sentence-case deck under a headline is the deck
    ("News Release\nFebruary 3, 2022\n\nUS Labor Secretary, Trade Representative welcome outcome of independent union "
     "vote at General Motors complex in Silao, Mexico\n\nWorkers' choice is the first union election held at a major "
     "auto plant under Mexico's 2019 labor reform\n\nWASHINGTON — Secretary of Labor Marty Walsh and U.S. Trade "
     "Representative Katherine Tai issued the following statement today.\n",
     "US Labor Secretary, Trade Representative welcome outcome of independent union vote at General Motors complex "
     "in Silao, Mexico"),
    # a date alone on its line, in capitals, with a weekday or a category: the line under the headline
    ("U.S. Department of State\n\nRelease of Bishop Rolando Álvarez from Detention in Nicaragua\n\nPRESS STATEMENT\n"
     "MATTHEW MILLER, DEPARTMENT SPOKESPERSON\nJANUARY 14, 2024\n\nThe United States welcomes the release.\n",
     "Release of Bishop Rolando Álvarez from Detention in Nicaragua"),
    ("MEDIA RELEASE\n\nPrime Minister Announces State of Emergency\n\nMonday 30th December, 2024\n\nPrime Minister "
     "Dr. the Honourable Keith Rowley today announced a State of Public Emergency throughout the country.\n",
     "Prime Minister Announces State of Emergency"),
    ("The White House\n\nFACT SHEET: Administration Marks Two Years of the Partnership\n\nJUNE 8, 2024 • "
     "STATEMENTS AND RELEASES\n\nTwo years ago, the Vice President launched the partnership.\n",
     "FACT SHEET: Administration Marks Two Years of the Partnership"),
    # a wire story: a section label, a sentence-case headline opening with a figure, a byline, an update time
    ("AP News\nWorld | U.S. | Politics\nLATIN AMERICA\n\n2 Americans kidnapped in Mexico found dead, 2 alive, "
     "officials say\n\nBy MARLON GONZÁLEZ and MEGAN JANETSKY\nUpdated 9:41 PM CST, March 7, 2023\n\nMATAMOROS, "
     "Mexico (AP) — Two of the four Americans kidnapped last week were found dead.\n",
     "2 Americans kidnapped in Mexico found dead, 2 alive, officials say"),
    # the same section label in title case, and a headline with no figure
    ("AP News\nWorld | U.S. | Politics | Lifestyle\nLatin America\n\nFormer dam executive sentenced to 22 years in "
     "Berta Cáceres killing\n\nBy MARLON GONZÁLEZ\nPublished 7:14 PM EDT, June 20, 2022\n\nTEGUCIGALPA, Honduras "
     "(AP) — A Honduran court on Monday sentenced a former executive.\n",
     "Former dam executive sentenced to 22 years in Berta Cáceres killing"),
    # a row of share links after the date is furniture, not the title
    ("U.S. Department of State\n\nGuatemala: Sentencing of Journalist José Rubén Zamora\n\nPRESS STATEMENT\n\n"
     "MATTHEW MILLER, DEPARTMENT SPOKESPERSON\n\nJUNE 15, 2023\n\nShare [Facebook](https://f.example/s) "
     "[Twitter](https://t.example/i) [Email](mailto:)\n\nThe United States is deeply concerned by the sentencing.\n",
     "Guatemala: Sentencing of Journalist José Rubén Zamora"),
    # a release label on the line above the headline, and a numbered fact sheet's label
    ("Office of Public Affairs\n\nPRESS RELEASE\nCartel Leader Sentenced to Life in Prison\n\nMonday, March 10, "
     "2025\n\nA Mexican citizen was sentenced today in the District of Columbia to life in prison.\n",
     "Cartel Leader Sentenced to Life in Prison"),
    # a section heading over the first list, a photo credit, a download link: none is the title
    ("JIS - Jamaica Information Service\n\nJamaican Troops Depart for Haiti as Part of Multinational Mission\n\n"
     "September 12, 2024\n\nPhoto: Yhomo Hutchinson\n\nStory Highlights\n- Twenty-four members of the force have "
     "departed.\n\nKINGSTON, Jamaica - Twenty-four members of the Jamaica Defence Force departed today.\n",
     "Jamaican Troops Depart for Haiti as Part of Multinational Mission"),
    ("Haiti - Earthquake Fact Sheet #3, Fiscal Year (FY) 2021\nAugust 19, 2021\n\nDownload PDF (512 KB)\n\nSPEED "
     "READ\n- 2,189 people were killed in the earthquake.\n",
     "Haiti - Earthquake Fact Sheet #3, Fiscal Year (FY) 2021"),
    ("VENEZUELA REGIONAL CRISIS – COMPLEX EMERGENCY\nFACT SHEET #4, FISCAL YEAR (FY) 2023\nSEPTEMBER 22, 2023\n\n"
     "More than 7.7 million Venezuelans have left the country since 2015, most of them to South America.\n",
     "VENEZUELA REGIONAL CRISIS – COMPLEX EMERGENCY"),
])
def test_the_headline_not_a_dateline_menu_or_label(page, headline):
    assert clean_text(page).title == headline


def test_a_speakers_line_in_capitals_is_written_as_running_text_writes_it():
    text = clean_text("PRESS STATEMENT\n\nMATTHEW MILLER, DEPARTMENT SPOKESPERSON\n\nJUNE 15, 2023\n\n"
                      "The United States is deeply concerned by the sentencing.\n").text
    assert "Matthew Miller, Department Spokesperson" in text


def test_a_feed_items_author_with_an_office_is_text():
    text = clean_text("<item>\nTitle: Bicentennial of Independence\nLink: https://www.state.gov/b/\nAuthor: Antony J. "
                      "Blinken, Secretary of State\n\nDescription:\nI congratulate the people of Central America.\n"
                      "</item>\n").text
    assert "Antony J. Blinken, Secretary of State" in text


@pytest.mark.parametrize("tags", [
    "Bureau of Population, Refugees, and Migration  Colombia  Migration  Office of the Spokesperson  Panama",
    "Office of the Spokesperson | The Bahamas | Bureau of Western Hemisphere Affairs | Elections",
])
def test_a_pages_tag_list_is_read_one_tag_at_a_time(tags):
    """ "TAGS" on its own line is furniture, and the tags under it are separate paragraphs, so no body's name runs on
    from one tag into the next ("Colombia Migration Office of the Spokesperson")."""
    cleaned = clean_text(f"Officials met in Panama City.\n\nTAGS\n{tags}\n")
    paragraphs = cleaned.text.split("\n\n")
    assert "TAGS" not in paragraphs and "Office of the Spokesperson" in paragraphs, paragraphs
    assert not any("  " in p or " | " in p for p in paragraphs), paragraphs


def test_a_short_heading_in_capitals_is_a_paragraph_of_its_own():
    """ "SANCTIONED COMPANIES" on the line above "Combustibles Frontera Chica, S.A. de C.V., …" heads a section; joined
    to the line below, it became the first words of the company's name."""
    cleaned = clean_text("Treasury Sanctions a Fuel Theft Network\n\nThe network moves fuel.\nNETWORK LEADERSHIP\n"
                         "Ricardo Iván Monclova Anáhuac leads it.\nSANCTIONED COMPANIES\nCombustibles Frontera Chica, "
                         "S.A. de C.V., a chain of gas stations.\nTransportes del Bravo Norte, S. de R.L. de C.V.\n")
    paragraphs = cleaned.text.split("\n\n")
    assert "SANCTIONED COMPANIES" in paragraphs and "NETWORK LEADERSHIP" in paragraphs, paragraphs
    assert any(p.startswith("Combustibles Frontera Chica") for p in paragraphs), paragraphs


def test_a_labelled_field_on_its_own_line_is_a_paragraph_of_its_own():
    """ "Opening Statement of Chairman Tim Kaine" / "Hearing: …" / "Date: …": joined, the chairman became "Tim Kaine
    Hearing"; a field's value wrapped onto the next line still joins it."""
    cleaned = clean_text("Opening Statement of Chairman Tim Kaine\nHearing: \"Security on the Border\"\n"
                         "Date: Wednesday, September 18, 2024\nLocation: Dirksen Senate Office Building 419,\n"
                         "Washington, D.C.\n\nGood morning. The subcommittee will come to order.\n")
    paragraphs = cleaned.text.split("\n\n")
    assert "Opening Statement of Chairman Tim Kaine" in paragraphs, paragraphs
    assert "Date: Wednesday, September 18, 2024" in paragraphs, paragraphs
    assert "Location: Dirksen Senate Office Building 419, Washington, D.C." in paragraphs, paragraphs


def test_a_title_case_heading_above_prose_is_a_paragraph_of_its_own():
    """ "Congressional Considerations" / "Congress may examine …": joined, the heading and "Congress" were read as
    one body; a name's line above its title's line still joins it."""
    cleaned = clean_text("Aid to Panama totaled $20 million.\n\nCongressional Considerations\nCongress may examine canal "
                         "security and the role of China.\n\nStatement of Todd D. Robinson\nAssistant Secretary of State "
                         "for International Narcotics and Law Enforcement Affairs\n")
    paragraphs = cleaned.text.split("\n\n")
    assert "Congressional Considerations" in paragraphs, paragraphs
    assert not any(p == "Statement of Todd D. Robinson" for p in paragraphs), paragraphs
