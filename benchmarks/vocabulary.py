"""The generator's word lists: invented officials' names, real titles, agencies, places and phrasing.

General knowledge of U.S.–Central America policy writing, not text from the shipped documents; the
people are invented combinations of common names, so no benchmark result depends on a real person.
"""
from __future__ import annotations

FIRST = ("James", "Maria", "Kevin", "Ana", "John", "Carlos", "Julian", "Laura", "Hugo", "Patricia",
         "Robert", "Lucia", "Michael", "Rosa", "David", "Elena", "William", "Sofia", "Richard", "Carmen",
         "Thomas", "Isabel", "Daniel", "Gabriela", "Mark", "Veronica", "Steven", "Claudia", "Paul", "Marta",
         "Andrew", "Silvia", "Joseph", "Alejandra", "Brian", "Teresa", "Edward", "Adriana", "Jorge", "Luis",
         "Ricardo", "Fernando", "Oscar", "Mauricio", "Enrique", "Rafael", "Sergio", "Francisco", "Miguel",
         "Alicia", "Karen", "Susan", "Nancy", "Linda", "Barbara", "Roberto", "Manuel", "Eduardo", "Raul")
LAST = ("Rodriguez", "McAllister", "Pacheco", "Madero", "Rosales", "Hernandez", "Garcia", "Lopez",
        "Martinez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres", "Flores", "Rivera", "Morales",
        "Castillo", "Ortiz", "Gutierrez", "Chavez", "Ramos", "Mendoza", "Vargas", "Castro", "Jimenez",
        "Aguilar", "Molina", "Herrera", "Medina", "Smith", "Johnson", "Williams", "Brown", "Miller",
        "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Thompson",
        "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Allen", "Young", "King", "Wright", "Scott",
        "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips",
        "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook",
        "Rogers", "Morgan", "Cooper", "Peterson", "Reed", "Bailey", "Bell", "Kelly", "Howard", "Ward",
        "Landaverde", "Degenhart", "Zelaya", "Bukele", "Arevalo", "Giammattei", "Obrador", "Ebrard")
INITIALS = "ABCDEFGHJKLMNPRSTW"

# (agency name, acronym or "", country code)
AGENCIES = (
    ("Department of Homeland Security", "DHS", "US"), ("Department of State", "", "US"),
    ("U.S. Agency for International Development", "USAID", "US"), ("Drug Enforcement Administration", "DEA", "US"),
    ("U.S. Customs and Border Protection", "CBP", "US"), ("U.S. Immigration and Customs Enforcement", "ICE", "US"),
    ("Federal Bureau of Investigation", "FBI", "US"), ("Department of Justice", "DOJ", "US"),
    ("Bureau of International Narcotics and Law Enforcement Affairs", "INL", "US"),
    ("Department of Labor", "", "US"), ("Department of the Treasury", "", "US"),
    ("U.S. Citizenship and Immigration Services", "USCIS", "US"), ("Department of Defense", "DoD", "US"),
    ("Millennium Challenge Corporation", "MCC", "US"), ("U.S. Southern Command", "SOUTHCOM", "US"),
    ("Honduran National Police", "HNP", "HN"), ("Public Ministry of Honduras", "", "HN"),
    ("Guatemalan National Civil Police", "PNC", "GT"), ("Salvadoran National Civil Police", "PNC", "SV"),
    ("Mexican National Guard", "", "MX"), ("National Migration Institute", "INM", "MX"),
    ("Organization of American States", "OAS", ""), ("Inter-American Development Bank", "IDB", ""),
    ("International Organization for Migration", "IOM", ""), ("Office of the UN High Commissioner for Refugees", "UNHCR", ""),
)
# (title pattern, country code, "before" | "after") — {c} is the country's name, {a} an agency
US_TITLES = ("Secretary of Homeland Security", "Secretary of State", "Deputy Secretary of State",
             "Acting Secretary of Homeland Security", "Attorney General", "Administrator of USAID",
             "Assistant Secretary of State for Western Hemisphere Affairs",
             "Deputy Assistant Secretary of State for Western Hemisphere Affairs", "Commissioner of CBP",
             "Director of ICE", "Deputy Under Secretary of Homeland Security", "Special Envoy for the Northern Triangle",
             "Assistant Secretary for Employment and Training", "Chargé d'Affaires")
FOREIGN_TITLES = ("Minister of Security", "Minister of Foreign Affairs", "Minister of Government", "President",
                  "Vice President", "Attorney General", "Minister of Justice and Public Security", "Minister of Labor",
                  "Foreign Minister", "Director of Migration")
COUNTRIES = {"HN": ("Honduras", "Honduran"), "GT": ("Guatemala", "Guatemalan"), "SV": ("El Salvador", "Salvadoran"),
             "MX": ("Mexico", "Mexican"), "NI": ("Nicaragua", "Nicaraguan"), "CR": ("Costa Rica", "Costa Rican"),
             "PA": ("Panama", "Panamanian"), "BZ": ("Belize", "Belizean"), "CO": ("Colombia", "Colombian")}
CITIES = {"HN": ("Tegucigalpa", "San Pedro Sula", "La Ceiba", "Choloma", "Comayagua", "Puerto Cortes", "Choluteca"),
          "GT": ("Guatemala City", "Quetzaltenango", "Huehuetenango", "Escuintla", "Puerto Barrios", "Coban"),
          "SV": ("San Salvador", "Santa Ana", "San Miguel", "Soyapango", "La Libertad"),
          "MX": ("Mexico City", "Tapachula", "Ciudad Juarez", "Tijuana", "Monterrey", "Reynosa", "Nuevo Laredo",
                 "Matamoros", "Guadalajara", "Villahermosa"),
          "NI": ("Managua", "Leon", "Granada"), "CR": ("San Jose", "Limon"), "PA": ("Panama City", "Colon"),
          "BZ": ("Belmopan", "Belize City"), "CO": ("Bogota", "Cartagena"),
          "US": ("Washington", "Miami", "Houston", "El Paso", "San Diego", "Los Angeles", "Phoenix", "McAllen",
                 "New Orleans", "Brownsville", "Laredo", "Yuma", "Tucson", "New York")}
US_STATES = {"Houston": "Texas", "El Paso": "Texas", "McAllen": "Texas", "Brownsville": "Texas", "Laredo": "Texas",
             "Miami": "Florida", "San Diego": "California", "Los Angeles": "California", "Phoenix": "Arizona",
             "Yuma": "Arizona", "Tucson": "Arizona", "New Orleans": "Louisiana"}
REGIONS = ("Central America", "the Northern Triangle", "the Western Hemisphere", "the Caribbean", "Latin America",
           "the Southwest border", "the Gulf of Honduras", "the Darien", "the Americas")
GROUPS = ("MS-13", "Barrio 18", "the Sinaloa Cartel", "the Jalisco New Generation Cartel", "Los Cachiros",
          "the Gulf Cartel", "Los Zetas")
TOPICS = ("border security", "irregular migration", "human smuggling", "trafficking in persons", "gang violence",
          "asylum capacity", "anti-corruption efforts", "economic development", "drug interdiction",
          "information sharing", "rule of law", "legal pathways for labor migration", "climate resilience",
          "food security", "extradition of drug traffickers", "community policing", "youth violence prevention")
VERBS = ("met with", "signed an agreement with", "held talks with", "welcomed", "spoke by phone with",
         "traveled with", "hosted")
HEADER_BOILERPLATE = (
    ("Official website of the Department of Homeland Security", "U.S. Department of", "Homeland Security"),
    ("printable banner", "U.S. Department of State - Great Seal", "U.S. Department of State", "Diplomacy in Action"),
    ("Accessibility links", "Breaking News"),
    ("An official website of the United States government", "Here's how you know", "Enter Search Term"),
    ("Skip to main content", "U.S. Embassy in {capital}", "Menu"),
)
FOOTER_BOILERPLATE = (
    "Topics: [International Engagement (/topics/international)](/topics/international)",
    "Keywords: [Central American Migration (/keywords/central-american-migration)](/keywords/central-american-migration)",
    "Back to Top", "###", "Share this page:", "Last Published Date: {date}",
    "Do you already have an account on one of these sites? Click the logo to sign in.",
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
HEADLINES = ("{who} Meets with Leaders of {country} on {topic}", "{who} Travels to {country} to Discuss {topic}",
             "Joint Statement Between the United States and {country} on {topic}",
             "U.S. and {country} Sign Arrangements to Expand Collaboration on {topic}",
             "Readout of {who}'s Meeting with Officials of {country}", "{who} Announces New Support for {topic} in {country}")
