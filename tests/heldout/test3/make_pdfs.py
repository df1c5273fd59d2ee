#!/usr/bin/env python3
"""Regenerate the two PDF documents of test3 (x10, x20) with reportlab.

Kept outside docs/ so it is not read as a document. The texts are written for this project.
usage: python tests/heldout/test3/make_pdfs.py
"""
import calendar
import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

DOCS = Path(__file__).resolve().parent / "docs"
ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10)
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15, leading=18, spaceAfter=6)
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
BANNER = ParagraphStyle("banner", parent=BODY, fontName="Helvetica-Bold", fontSize=10, textColor=colors.white,
                        alignment=TA_CENTER)


def stamp(y, m, d, hh=15, mm=0):
    """Creation/modification date of the PDF (as on the original release), not today's."""
    os.environ["SOURCE_DATE_EPOCH"] = str(calendar.timegm((y, m, d, hh, mm, 0)))


def paras(text, style=BODY):
    return [Paragraph(p.strip(), style) for p in text.strip().split("\n\n") if p.strip()]


# --------------------------------------------------------------------------- x10: USAID/BHA fact sheet
X10_INTRO = """
<b>KEY DEVELOPMENTS</b>

Five months after Hurricanes Eta and Iota struck Central America within two weeks of each other in November 2020, an estimated 5.3 million people in Honduras and Guatemala still require humanitarian assistance, according to the UN Office for the Coordination of Humanitarian Affairs (OCHA). Eta made landfall as a Category 4 storm near Puerto Cabezas, in Nicaragua's North Caribbean Coast Autonomous Region, on November 3, and Iota came ashore less than 25 kilometers to the south on November 16, bringing renewed flooding to areas that had not yet drained.

In Honduras, floodwaters of the Ulúa and Chamelecón rivers submerged much of the Sula Valley, including neighborhoods of San Pedro Sula and the town of La Lima in Cortés Department, where many families are still living in collective shelters or in damaged homes. The Permanent Contingency Commission of Honduras (COPECO) reports that more than 90,000 people remained in shelters at the end of March. In Guatemala, a landslide buried most of the village of Quejá, in San Cristóbal Verapaz, Alta Verapaz, and floods cut off communities in Campur, San Pedro Carchá and along the Polochic River into Izabal.

USAID's Bureau for Humanitarian Assistance (BHA) has provided more than $62 million in FY 2021 for the response in Honduras, Guatemala and Nicaragua, in addition to $17 million provided in FY 2020. On March 31, USAID Acting Administrator Gloria Steele announced an additional $10 million for food assistance, shelter repair and livelihoods recovery in the Sula Valley and Alta Verapaz.
"""

X10_BODY = """
<b>Food Security.</b> With USAID support, the UN World Food Programme (WFP) is reaching nearly 300,000 people in Honduras and Guatemala with cash transfers and in-kind food, prioritizing households that lost crops of maize and beans in Alta Verapaz, Izabal and Quiché and families who lost income in the maquila and banana sectors of the Sula Valley. Catholic Relief Services (CRS) and CARE are providing cash for seeds and tools ahead of the May planting season.

<b>Shelter and Settlements.</b> The International Organization for Migration (IOM) is managing collective shelters and helping families in Cortés, Yoro and Atlántida repair their homes. World Vision and Habitat for Humanity International are distributing shelter repair kits in Alta Verapaz, where some communities of Campur remain flooded as the water table stays high.

<b>Water, Sanitation and Hygiene (WASH).</b> UNICEF and Save the Children are trucking safe drinking water, rehabilitating wells and distributing hygiene kits in shelters, and are working with the Pan American Health Organization (PAHO) to reduce the risk of COVID-19 and dengue in crowded settings.

<b>Protection and Migration.</b> Partners report that families who lost homes and livelihoods are increasingly considering migration toward Mexico and the United States. BHA-funded partners, including Mercy Corps, are providing cash for protection and psychosocial support in San Pedro Sula and Choloma, where gangs have taken advantage of the displacement.

<b>Coordination.</b> The USAID Disaster Assistance Response Team (DART), deployed to Tegucigalpa in November 2020 and led by Tim Callaghan, coordinates with COPECO, led by Commissioner Max Gonzales, and with Guatemala's National Coordinator for Disaster Reduction (CONRED). In the first weeks of the response, the U.S. Department of Defense's Joint Task Force-Bravo, based at Soto Cano Air Base in Comayagua, flew more than 200 missions that rescued 859 people and delivered relief supplies to isolated communities in Honduras, Guatemala and Nicaragua at the request of USAID. Guatemalan President Alejandro Giammattei has asked for support in reconstructing roads and bridges in Alta Verapaz, which USAID is addressing through its development programs.
"""

X10_TABLE = [
    ["IMPLEMENTING PARTNER", "ACTIVITY", "LOCATION", "AMOUNT"],
    ["WFP", "Food Assistance (cash transfers, in-kind food)", "Honduras, Guatemala", "$25,000,000"],
    ["IOM", "Shelter and Settlements; Displacement Tracking", "Honduras, Guatemala", "$9,200,000"],
    ["UNICEF", "WASH; Protection", "Honduras, Guatemala, Nicaragua", "$6,500,000"],
    ["CRS", "Agriculture; Multipurpose Cash", "Honduras, Guatemala", "$5,800,000"],
    ["CARE", "Agriculture; WASH", "Guatemala", "$3,100,000"],
    ["World Vision", "Shelter; WASH", "Guatemala", "$2,900,000"],
    ["Save the Children", "WASH; Health", "Honduras", "$2,600,000"],
    ["Mercy Corps", "Protection; Multipurpose Cash", "Honduras", "$2,400,000"],
    ["PAHO", "Health", "Honduras, Guatemala", "$1,500,000"],
    ["", "Program Support", "", "$3,250,000"],
    ["TOTAL BHA FUNDING FOR THE HURRICANES ETA AND IOTA RESPONSE IN FY 2021", "", "", "$62,250,000"],
]

X10_TAIL = """
<b>PUBLIC DONATION INFORMATION</b>

The most effective way people can assist relief efforts is by making cash contributions to humanitarian organizations that are conducting relief operations. A list of humanitarian organizations that are accepting cash donations for disaster responses around the world can be found at interaction.org. Information on relief activities of the humanitarian community can be found at reliefweb.int. USAID encourages cash donations because they allow aid professionals to procure the exact items needed, often in the affected region; more information can be found at the Center for International Disaster Information (CIDI), cidi.org.

USAID/BHA bulletins appear on the USAID website at usaid.gov/humanitarian-assistance/where-we-work
"""


def make_x10():
    out = DOCS / "x10_4df939bc.pdf"
    stamp(2021, 4, 16, 18, 20)
    doc = SimpleDocTemplate(str(out), pagesize=letter, leftMargin=0.7 * inch, rightMargin=0.7 * inch,
                            topMargin=0.6 * inch, bottomMargin=0.6 * inch,
                            title="Central America - Hurricanes Eta and Iota Fact Sheet #11, Fiscal Year (FY) 2021",
                            author="USAID Bureau for Humanitarian Assistance", subject="Fact Sheet",
                            creator="USAID BHA")
    banner = Table([[Paragraph("U.S. AGENCY FOR INTERNATIONAL DEVELOPMENT", BANNER)]], colWidths=[7.1 * inch])
    banner.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#002F6C"))]))
    story = [banner, Spacer(1, 8),
             Paragraph("CENTRAL AMERICA &ndash; HURRICANES ETA AND IOTA", H1),
             Paragraph("FACT SHEET #11, FISCAL YEAR (FY) 2021 &nbsp;&nbsp;|&nbsp;&nbsp; APRIL 16, 2021", H2)]
    nums = Table([[Paragraph(f"<b>{a}</b><br/>{b}", SMALL) for a, b in zip(
        ["5.3 million", "92,000", "1.7 million", "$62.3 million"],
        ["People in need of humanitarian assistance in Honduras and Guatemala (OCHA)",
         "People in collective shelters in Honduras (COPECO)", "People affected in Guatemala (CONRED)",
         "USAID/BHA humanitarian funding for the response in FY 2021"])]], colWidths=[1.75 * inch] * 4)
    story += [nums, Spacer(1, 8)]
    story += paras(X10_INTRO)
    story += [Paragraph("CURRENT SITUATION AND U.S. GOVERNMENT RESPONSE", H2)]
    story += paras(X10_BODY)
    story += [Paragraph("USAID/BHA HUMANITARIAN FUNDING FOR THE HURRICANES ETA AND IOTA RESPONSE IN FY 2021", H2)]
    rows = [[Paragraph(c, SMALL) for c in r] for r in X10_TABLE]
    t = Table(rows, colWidths=[1.6 * inch, 2.7 * inch, 1.8 * inch, 1.0 * inch])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                           ("SPAN", (0, -1), (2, -1)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 6)]
    story += paras(X10_TAIL, SMALL)
    doc.build(story)
    print("wrote", out.name)


if __name__ == "__main__":
    make_x10()
