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




# --------------------------------------------------------------------------- x20: CRS-style report
X20_SUMMARY = """
Nicaragua, a country of some 6.8 million people located between Honduras and Costa Rica, has experienced a severe deterioration of democracy and human rights under President Daniel Ortega and his wife, Vice President Rosario Murillo. Ortega, a leader of the Sandinista National Liberation Front (FSLN), governed the country from 1985 to 1990 and has governed it again since January 2007. Since the violent repression of mass protests in 2018, the Ortega-Murillo government has jailed hundreds of political opponents, closed more than 3,000 nongovernmental organizations, expelled religious orders and foreign diplomats, and held presidential elections in November 2021 that the United States and most of the Organization of American States (OAS) did not recognize as free or fair.

In February 2023, the government released 222 political prisoners and sent them to the United States, then stripped them and more than 90 other critics of their Nicaraguan nationality. Bishop Rolando Álvarez of Matagalpa, who refused to board the flight, was sentenced to 26 years in prison. In August 2023, the government seized the Jesuit-run Central American University (UCA) in Managua, accusing it of being a "center of terrorism."

U.S. policy has sought to press the Ortega-Murillo government to restore democracy and release political prisoners through targeted sanctions, visa restrictions and diplomatic coordination with other countries, while supporting independent media, human rights defenders and Nicaraguans in exile. Congress has shaped that policy through the Nicaragua Investment Conditionality Act of 2018 (NICA Act; P.L. 115-335) and the Reinforcing Nicaragua's Adherence to Conditions for Electoral Reform Act of 2021 (RENACER Act; P.L. 117-54). Issues for the 118th Congress include the effectiveness of sanctions, the growing ties between Nicaragua and Russia, China and Iran, record levels of irregular migration from Nicaragua to the United States, and Nicaragua's continued participation in the Dominican Republic-Central America-United States Free Trade Agreement (CAFTA-DR).
"""

X20_SECTIONS = [
("Political Background", """
Nicaragua's modern political history has been shaped by dictatorship, revolution and civil war. The Somoza family ruled the country, directly or through allies, from 1936 until July 1979, when a broad coalition led by the FSLN overthrew Anastasio Somoza Debayle. The 1978 assassination of Pedro Joaquín Chamorro, the editor of the newspaper La Prensa, had galvanized opposition to the dictatorship. During the 1980s, the Sandinista government fought the U.S.-backed Contra insurgency, which operated from bases in Honduras and, on a smaller scale, Costa Rica. The war, in which some 30,000 people died, ended with regional peace agreements signed by the Central American presidents at Esquipulas, Guatemala, in 1987.

In the 1990 elections, Violeta Barrios de Chamorro, Pedro Joaquín Chamorro's widow, defeated Ortega at the head of the National Opposition Union (UNO). Two center-right governments followed: that of Arnoldo Alemán (1997-2002) of the Liberal Constitutionalist Party (PLC), who was later convicted of embezzling public funds, and that of Enrique Bolaños (2002-2007). In 2000, Ortega and Alemán negotiated a power-sharing pact that divided appointments to the Supreme Court of Justice and the Supreme Electoral Council (CSE) between their parties and lowered the threshold needed to win the presidency in the first round to 35 percent. Ortega won the 2006 election with 38 percent of the vote.

Since his return to power, Ortega has consolidated control over every branch of government. In 2009, the Constitutional Chamber of the Supreme Court, dominated by FSLN magistrates, declared inapplicable the constitutional ban on consecutive reelection, and a 2014 constitutional reform adopted by the FSLN majority in the National Assembly eliminated term limits altogether. Ortega was reelected in 2011 and in 2016, when Murillo, who had long served as the government's spokesperson, became vice president. Observers have described the government as a family enterprise: several of the couple's children manage the country's main television channels and the distribution of Venezuelan oil assistance through the company ALBA de Nicaragua (ALBANISA), a joint venture with Venezuela's state oil company, Petróleos de Venezuela, S.A. (PdVSA).
"""),
("The 2018 Crisis", """
In April 2018, the government's decision to cut pensions and raise contributions to the Nicaraguan Social Security Institute (INSS) set off protests led by university students, first in Managua and León and then across the country. Police and armed pro-government groups responded with lethal force. Protesters erected roadblocks, known as tranques, in cities including Masaya, Jinotepe, Matagalpa, Estelí and Chinandega, and the indigenous neighborhood of Monimbó in Masaya became a symbol of resistance until it was retaken in July in what the government called "Operation Cleanup." By the government's own account, some 200 people died; the Inter-American Commission on Human Rights (IACHR) documented 355 deaths, most of them protesters, and more than 2,000 injured. The Interdisciplinary Group of Independent Experts (GIEI) appointed by the IACHR concluded that the state had committed crimes against humanity.

The Nicaraguan Episcopal Conference, led by Cardinal Leopoldo Brenes, Archbishop of Managua, agreed to mediate a national dialogue between the government and the Civic Alliance for Justice and Democracy, but the talks collapsed in mid-2018. A second round in early 2019 led to the release of several hundred prisoners under an amnesty law that also shielded police officers and paramilitaries from prosecution. Tens of thousands of Nicaraguans fled the country, most of them to Costa Rica, where the community of Nicaraguan exiles in San José has become the center of the opposition in exile. The United Nations Office of the High Commissioner for Human Rights (OHCHR) and the IACHR were expelled from Nicaragua in December 2018.
"""),
("The 2021 Elections", """
Ahead of the November 7, 2021, elections, the government adopted laws that allowed it to bar candidates deemed "traitors to the homeland" and to regulate "foreign agents." Between May and November 2021, authorities detained seven potential presidential candidates: Cristiana Chamorro Barrios, the former director of the Violeta Barrios de Chamorro Foundation; Arturo Cruz Sequeira, a former Nicaraguan ambassador to the United States; Félix Maradiaga; Juan Sebastián Chamorro; the journalist Miguel Mora; the peasant leader Medardo Mairena; and Noel Vidaurre. The CSE stripped the legal status of the opposition parties Citizens for Liberty (CxL) and the Democratic Restoration Party (PRD), leaving only minor parties allied with the FSLN on the ballot.

The CSE reported that Ortega won 75 percent of the vote with 65 percent turnout; the independent observer group Urnas Abiertas estimated abstention at more than 80 percent. President Biden called the elections a "pantomime," and the OAS General Assembly adopted a resolution declaring that they "were not free, fair or transparent and have no democratic legitimacy." Days later, Foreign Minister Denis Moncada announced that Nicaragua would withdraw from the OAS, a process that will conclude in November 2023 under the OAS Charter. In April 2022, the government seized the OAS office in Managua.
"""),
("Repression Since 2022", """
Repression intensified after the elections. The National Assembly, headed by Gustavo Porras, has canceled the legal status of more than 3,000 nongovernmental organizations, including universities, medical associations, the Nicaraguan Academy of Language and charities such as the Missionaries of Charity founded by Mother Teresa, whose sisters were expelled in July 2022. Closed trials were held inside the El Chipote detention center in Managua, and detainees reported isolation, inadequate food and denial of medical care; the former guerrilla commander Hugo Torres died in custody in February 2022.

The Catholic Church has become a principal target. In March 2022, the government expelled the apostolic nuncio, Archbishop Waldemar Sommertag, and in August 2022 police raided the diocesan offices in Matagalpa and detained Bishop Álvarez and several priests. In March 2023, after Pope Francis compared the government to the dictatorships of the 20th century, Nicaragua suspended relations with the Holy See. In August 2023, the government confiscated the Central American University (UCA), which the Jesuits had run since 1960, and later dissolved the Society of Jesus in Nicaragua.

On February 9, 2023, the government released 222 political prisoners, including most of the former presidential candidates, and placed them on a chartered flight to Washington Dulles International Airport. The National Assembly then approved a constitutional amendment allowing those convicted of "treason" to be stripped of their nationality, and the Managua Court of Appeals declared them and 94 other critics, including the writers Sergio Ramírez and Gioconda Belli, stateless. Spain offered nationality to those affected, and several other countries, including Argentina, Chile, Colombia, Mexico and Ecuador, offered similar protection. The independent newspapers La Prensa and Confidencial now publish from exile in Costa Rica.
"""),
("Economic and Social Conditions", """
Nicaragua is the second-poorest country in the Western Hemisphere, after Haiti. Its economy contracted during the 2018 crisis and the COVID-19 pandemic but has grown since 2021, driven by exports of gold, coffee, beef and textiles, and by remittances, which exceeded $3.2 billion in 2022, about 20 percent of gross domestic product, most of them sent from the United States and Costa Rica. The United States is Nicaragua's largest trading partner and buys roughly half of its exports, most of them under CAFTA-DR. Gold mining, concentrated in the North Caribbean Coast Autonomous Region around Siuna, Bonanza and Rosita, has expanded rapidly, often on indigenous Miskitu and Mayangna lands, where attacks by armed settlers have killed dozens of people since 2015.

Irregular migration from Nicaragua to the United States has risen to record levels. U.S. Customs and Border Protection (CBP) recorded more than 163,000 encounters with Nicaraguans at the southwest border in FY2022, up from about 3,000 in FY2019. Many migrants travel by air to Managua from Cuba and Haiti, or fly from Managua to Mexico, before traveling north by land. In January 2023, the Department of Homeland Security (DHS) extended a parole process to nationals of Cuba, Haiti, Nicaragua and Venezuela with U.S. sponsors, which has reduced encounters at the border.
"""),
("Foreign Relations", """
The Ortega-Murillo government has drawn closer to Russia, China, Iran, Cuba and Venezuela. Russia operates a GLONASS satellite ground station near Managua and a counternarcotics training center for Central American police, and in 2022 the National Assembly renewed permission for Russian military personnel to enter the country for exercises. In December 2021, Nicaragua broke diplomatic relations with Taiwan and recognized the People's Republic of China, which has since offered loans for housing and infrastructure and signed a free trade agreement with Nicaragua in August 2023. A 2013 concession granted to the Hong Kong-based HKND Group to build an interoceanic canal from Brito, on the Pacific coast, across Lake Nicaragua to Punta Gorda, on the Caribbean coast, was never implemented and was revoked by the National Assembly in 2023.

Nicaragua maintains cordial relations with its Central American neighbors, although relations with Costa Rica have been strained by the border dispute over Isla Portillos, decided by the International Court of Justice (ICJ) in 2018, and by the presence of tens of thousands of Nicaraguan exiles in Costa Rica. Honduras, under President Xiomara Castro, and Mexico, under President Andrés Manuel López Obrador, have generally avoided public criticism of the Ortega-Murillo government.
"""),
("Security and Counternarcotics", """
Nicaragua's location between the cocaine-producing countries of South America and the consumer markets of the United States makes it an important transit country. Traffickers use go-fast boats along the Caribbean coast, around Bluefields and the Corn Islands, and move cocaine overland along the Pan-American Highway toward Honduras. The Naval Force of the Nicaraguan Army and the National Police report large seizures every year, and Nicaragua has lower homicide rates than its northern neighbors. However, the Department of State's 2023 International Narcotics Control Strategy Report (INCSR) notes that the government has ended most cooperation with U.S. law enforcement agencies, including the Drug Enforcement Administration (DEA), since 2018, and that the lack of judicial independence undermines prosecutions of traffickers and money launderers.

The Nicaraguan Army, commanded since 2010 by General Julio César Avilés, whom OFAC designated in 2020, is formally nonpartisan under the constitution but has declined to disarm the paramilitary groups that took part in the 2018 repression. Military and police officers have been promoted on the basis of loyalty to the FSLN, and the Army manages a large investment fund through its Military Social Welfare Institute (IPSM). The United States suspended most security assistance to the Army and the National Police after 2018, although the U.S. Southern Command has continued limited contacts related to disaster response, which proved valuable when Hurricanes Eta and Iota struck the Caribbean coast in November 2020 and again when Hurricane Julia crossed the country in October 2022.
"""),
("U.S. Policy", """
U.S. relations with the Ortega-Murillo government have steadily deteriorated since 2018. The United States has not had a Senate-confirmed ambassador in Managua since Ambassador Kevin K. Sullivan departed in early 2023; the government withdrew its agrément for his designated successor, Hugo Rodriguez, in 2022 after he told the Senate Foreign Relations Committee that the United States should review Nicaragua's participation in CAFTA-DR. The Peace Corps withdrew its volunteers in 2020. Assistant Secretary of State for Western Hemisphere Affairs Brian A. Nichols has described U.S. policy as supporting "the Nicaraguan people's aspirations for democracy" while holding the government accountable.

Sanctions. Executive Order 13851, issued in November 2018, authorizes sanctions against persons responsible for serious human rights abuse, undermining democracy or corruption in Nicaragua. The Department of the Treasury's Office of Foreign Assets Control (OFAC) has designated more than 50 individuals and 13 entities under it and under the NICA Act, including Vice President Murillo, three of the couple's children, National Police Commissioner General Francisco Díaz, the Nicaraguan National Police, the Supreme Electoral Council's president, and ALBANISA. Executive Order 14088 of October 2022 authorized sanctions against any sector of the Nicaraguan economy, and OFAC designated the Nicaraguan General Mining Company (ENIMINAS) the same day. The Department of State has imposed visa restrictions on more than 1,000 Nicaraguan officials and their family members.

Assistance. U.S. foreign assistance to Nicaragua, about $15 million a year, is provided almost entirely through nongovernmental channels, mainly by the U.S. Agency for International Development (USAID) in support of independent media, human rights defenders and civil society. The NICA Act directs the U.S. executive directors at the World Bank and the Inter-American Development Bank (IDB) to oppose loans to the Nicaraguan government, except for basic human needs; the Central American Bank for Economic Integration (CABEI), of which the United States is not a member, has continued to lend to Nicaragua.

Congressional Action. The RENACER Act, enacted in November 2021, requires the Administration to coordinate sanctions with Canada and the European Union, to review Nicaragua's participation in CAFTA-DR, and to report on Russian activities in the country and on corruption by the Ortega family. In the 118th Congress, Senate Foreign Relations Committee Chairman Bob Menendez and Senator Marco Rubio have introduced legislation to expand sanctions, and the House Committee on Foreign Affairs has held hearings on the persecution of religious leaders. Some Members have urged the Administration to suspend Nicaragua's trade benefits under CAFTA-DR; others warn that such a step would hurt Nicaraguan workers in the free trade zones around Managua, Masaya and Tipitapa and could increase migration.
"""),
("Outlook and Issues for Congress", """
With the opposition in prison or in exile and no independent institutions left inside the country, few observers expect political change in Nicaragua before the next scheduled elections in November 2026. Congress may consider whether current sanctions have been effective in changing the government's behavior, whether to support a broader multilateral approach with the European Union, Canada and Latin American democracies, how to respond to Russian and Chinese activities in Nicaragua, and how to assist the more than 300 Nicaraguans who have been stripped of their nationality, most of whom now live in the United States, Costa Rica and Spain.
"""),
]


def make_x20():
    out = DOCS / "x20_39665373.pdf"
    stamp(2023, 9, 12, 14, 5)

    def header_footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(0.8 * inch, 10.55 * inch, "Nicaragua: Political Situation and U.S. Policy")
        canvas.drawRightString(7.7 * inch, 0.5 * inch, f"Congressional Research Service   {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(out), pagesize=letter, leftMargin=0.8 * inch, rightMargin=0.8 * inch,
                            topMargin=0.8 * inch, bottomMargin=0.8 * inch,
                            title="Nicaragua: Political Situation and U.S. Policy",
                            author="Congressional Research Service", subject="R47518",
                            creator="Congressional Research Service")
    cover = [Spacer(1, 1.2 * inch),
             Paragraph("Nicaragua: Political Situation and U.S. Policy", ParagraphStyle("t", parent=H1, fontSize=22, leading=27)),
             Spacer(1, 10),
             Paragraph("Updated September 12, 2023", H2),
             Spacer(1, 2.4 * inch),
             Paragraph("Congressional Research Service", H2),
             Paragraph("https://crsreports.congress.gov", BODY),
             Paragraph("R47518", BODY),
             PageBreak()]
    story = cover + [Paragraph("Summary", H1)] + paras(X20_SUMMARY) + [PageBreak()]
    for head, text in X20_SECTIONS:
        story.append(Paragraph(head, H1 if head in ("U.S. Policy", "Outlook and Issues for Congress") else H2))
        story += paras(text)
    story += [Spacer(1, 12), Paragraph("Author Information", H2),
              Paragraph("Elena M. Whitfield, Analyst in Latin American Affairs", BODY),
              Spacer(1, 6), Paragraph("Disclaimer", H2),
              Paragraph("This document was prepared by the Congressional Research Service (CRS). CRS serves as "
                        "nonpartisan shared staff to congressional committees and Members of Congress. It operates "
                        "solely at the behest of and under the direction of Congress. Information in a CRS Report "
                        "should not be relied upon for purposes other than public understanding of information that "
                        "has been provided to Members of Congress in connection with CRS's institutional role.", SMALL)]
    doc.build(story, onFirstPage=lambda c, d: None, onLaterPages=header_footer)
    print("wrote", out.name)


if __name__ == "__main__":
    make_x10()
    make_x20()
