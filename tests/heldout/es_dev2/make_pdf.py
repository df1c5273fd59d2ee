#!/usr/bin/env python3
"""Build the one PDF of es_dev2 (s13) with reportlab. Kept outside docs/ on purpose.

usage: python tests/heldout/es_dev2/make_pdf.py
"""
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

OUT = Path(__file__).resolve().parent / "docs" / "s13_c461c9ed.pdf"

FONT, BOLD = "Helvetica", "Helvetica-Bold"
for reg, bold in (("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),):
    if Path(reg).exists() and Path(bold).exists():
        pdfmetrics.registerFont(TTFont("DV", reg))
        pdfmetrics.registerFont(TTFont("DVB", bold))
        FONT, BOLD = "DV", "DVB"

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName=FONT, fontSize=10.5, leading=14.5, spaceAfter=7)
head = ParagraphStyle("h", parent=body, fontName=BOLD, fontSize=13, leading=17, spaceAfter=10)
small = ParagraphStyle("s", parent=body, fontSize=9, leading=12)
sub = ParagraphStyle("sub", parent=body, fontName=BOLD, fontSize=11, spaceBefore=6)

TEXT = r"""# GOBIERNO DE MÉXICO
SECRETARÍA DE RELACIONES EXTERIORES

~ Comunicado conjunto No. 412

# Encuentro de Palenque: "Por una vecindad fraterna y con bienestar"
Comunicado conjunto de los países participantes

Palenque, Chiapas, 22 de octubre de 2023

Por invitación del Presidente de los Estados Unidos Mexicanos, Andrés Manuel López Obrador, las y los jefes de Estado y de Gobierno, cancilleres y representantes de Belice, Colombia, Costa Rica, Cuba, El Salvador, Guatemala, Haití, Honduras, México, Panamá y Venezuela se reunieron este domingo en la ciudad de Palenque, Chiapas, para analizar las causas estructurales de la migración en la región y acordar acciones conjuntas para atenderlas.

Las delegaciones coincidieron en que el fenómeno migratorio alcanzó en 2023 cifras sin precedentes. De acuerdo con las autoridades de Panamá, más de 430,000 personas han cruzado la selva del Darién en lo que va del año, la mayoría procedentes de Venezuela, Ecuador, Haití y Colombia, y decenas de miles de personas de Asia y África utilizan la misma ruta. Asimismo, reconocieron que la Oficina de Aduanas y Protección Fronteriza de los Estados Unidos (CBP) registró en el año fiscal concluido el 30 de septiembre más de dos millones de encuentros en la frontera sur de ese país.

## Acuerdos

Los países participantes acuerdan:

1. Reconocer que la migración irregular tiene su origen en la pobreza, la desigualdad, la violencia, los efectos del cambio climático y las medidas coercitivas unilaterales, y que su atención requiere cooperación para el desarrollo y no solamente medidas de control.

2. Exhortar a los países de destino a ampliar las vías regulares de migración, incluidos los programas de trabajo temporal y de reunificación familiar, y a adoptar políticas que reconozcan la contribución de las personas migrantes a sus economías.

3. Hacer un llamado al Gobierno de los Estados Unidos para que levante el bloqueo económico, comercial y financiero contra Cuba, excluya a ese país de la lista de Estados patrocinadores del terrorismo y ponga fin a las sanciones unilaterales contra Venezuela, que afectan a la población y alimentan los flujos migratorios.

4. Impulsar programas de generación de empleo y de arraigo comunitario inspirados en las experiencias de "Sembrando Vida" y "Jóvenes Construyendo el Futuro", que México ya aplica en El Salvador, Honduras, Guatemala, Belice y Cuba con financiamiento de la Agencia Mexicana de Cooperación Internacional para el Desarrollo (AMEXCID).

5. Solicitar a la Comisión Económica para América Latina y el Caribe (CEPAL) la actualización del Plan de Desarrollo Integral para El Salvador, Guatemala, Honduras y el sur-sureste de México, elaborado en 2019, y su ampliación a los demás países de la región, con un informe que será presentado en la próxima reunión.

6. Fortalecer la cooperación contra las redes de tráfico ilícito de migrantes y de trata de personas, en coordinación con la Organización Internacional para las Migraciones (OIM) y la Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC).

7. Atender de manera prioritaria a niñas, niños y adolescentes no acompañados, con la participación del Fondo de las Naciones Unidas para la Infancia (UNICEF) y de los sistemas nacionales de protección.

8. Promover el retorno voluntario y la reintegración de las personas migrantes en sus comunidades de origen, en particular en las zonas rurales del Corredor Seco centroamericano, así como en la Costa Norte de Honduras y el altiplano occidental de Guatemala.

9. Establecer un grupo de trabajo de cancilleres que se reunirá de manera periódica y cuya primera sesión tendrá lugar en la Ciudad de Panamá durante el primer semestre de 2024.

10. Agradecer al pueblo y al Gobierno de México, así como al Gobierno del estado de Chiapas, su hospitalidad.

## Intervenciones

El Presidente López Obrador afirmó que "no se puede detener la migración con muros ni con militares" y propuso que los Estados Unidos destinen 20,000 millones de dólares anuales a programas de desarrollo en América Latina y el Caribe. Recordó que el Tren Maya y el Corredor Interoceánico del Istmo de Tehuantepec forman parte de la estrategia de su gobierno para generar empleos en el sur-sureste.

El Presidente de la República de Colombia, Gustavo Petro, señaló que la ruta del Darién "es la expresión de una crisis humanitaria continental" y pidió que los bancos de desarrollo financien la transición energética de la región. El Presidente de la República de Cuba, Miguel Díaz-Canel Bermúdez, atribuyó la salida de cubanos a "la política de máxima presión" de Washington.

La Presidenta de la República de Honduras, Xiomara Castro, destacó que el 70 % de las remesas que recibe su país proviene de los Estados Unidos y pidió "un trato justo para las y los hondureños en tránsito". El Primer Ministro de Haití, Ariel Henry, solicitó apoyo para la Misión Multinacional de Apoyo a la Seguridad aprobada por el Consejo de Seguridad de las Naciones Unidas, que será encabezada por Kenia.

La Canciller de México, Alicia Bárcena, y el Secretario Ejecutivo de la CEPAL, José Manuel Salazar-Xirinachs, presentaron un diagnóstico sobre la migración en la región, que estima que seis de cada diez personas migrantes en tránsito por México viajan en grupos familiares.

## Lista de participantes

Andrés Manuel López Obrador — Presidente de los Estados Unidos Mexicanos
Gustavo Petro Urrego — Presidente de la República de Colombia
Miguel Díaz-Canel Bermúdez — Presidente de la República de Cuba
Nicolás Maduro Moros — Presidente de la República Bolivariana de Venezuela
Xiomara Castro — Presidenta de la República de Honduras
Ariel Henry — Primer Ministro de la República de Haití
Eamon Courtenay — Ministro de Relaciones Exteriores de Belice
Arnoldo André Tinoco — Ministro de Relaciones Exteriores y Culto de Costa Rica
Adriana Mira — Viceministra de Relaciones Exteriores de El Salvador
Mario Búcaro — Ministro de Relaciones Exteriores de Guatemala
Janaina Tewaney Mencomo — Ministra de Relaciones Exteriores de Panamá
Alicia Bárcena Ibarra — Secretaria de Relaciones Exteriores de México
José Manuel Salazar-Xirinachs — Secretario Ejecutivo de la CEPAL (invitado especial)

## Nota informativa

El Encuentro se celebró en las instalaciones de la zona militar cercana a la zona arqueológica de Palenque, en el norte de Chiapas, a unos 140 kilómetros de la frontera con Guatemala. Las delegaciones llegaron al Aeropuerto Internacional de Palenque desde Villahermosa y la Ciudad de México.

La Secretaría de Relaciones Exteriores informa que el texto de este comunicado fue consensuado por todas las delegaciones participantes. La próxima reunión ministerial se celebrará en la Ciudad de Panamá, en una fecha por definir.

~ Secretaría de Relaciones Exteriores · Av. Juárez 20, Col. Centro, Ciudad de México · gob.mx/sre
"""


def build():
    story = []
    for block in TEXT.split("\n\n"):
        block = block.strip()
        if not block:
            continue
        style = body
        if block.startswith("# "):
            style, block = head, block[2:]
        elif block.startswith("## "):
            style, block = sub, block[3:]
        elif block.startswith("~ "):
            style, block = small, block[2:]
        block = block.replace("&", "&amp;").replace("\n", "<br/>")
        story.append(Paragraph(block, style))
    def footer(canvas, doc):
        canvas.setFont(FONT, 8)
        canvas.drawString(2 * cm, 1.2 * cm, "Secretaría de Relaciones Exteriores · Comunicado conjunto · Encuentro de Palenque")
        canvas.drawRightString(letter[0] - 2 * cm, 1.2 * cm, f"{doc.page}")
    doc = SimpleDocTemplate(str(OUT), pagesize=letter, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title="Comunicado conjunto - Encuentro de Palenque",
                            author="Secretaría de Relaciones Exteriores")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    # the date a real capture would carry in its metadata: the day of the communiqué
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter(clone_from=PdfReader(str(OUT)))
    w.add_metadata({"/CreationDate": "D:20231022193000-06'00'", "/ModDate": "D:20231022193000-06'00'",
                    "/Creator": "Secretaría de Relaciones Exteriores"})
    with open(OUT, "wb") as fh:
        w.write(fh)


if __name__ == "__main__":
    build()
    print(OUT)
