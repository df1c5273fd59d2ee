"""Words that end the name of a road or a building. What is named after a person ("the Benito Juárez highway",
"Sir Cecil Wallace-Whitfield Centre") is neither that person nor a town of that name: the place finder, the
officials' names and the bodies' names all read these words so."""
from __future__ import annotations

BUILDING_WORDS = frozenset({
    "centre", "center", "building", "tower", "complex", "house", "hall", "street", "avenue", "road", "boulevard",
    "highway", "expressway", "freeway", "bridge", "airport", "stadium", "hospital", "school", "college", "university",
    "plaza", "square", "library", "museum", "institute", "foundation", "park", "dam"})
SURNAMES_TOO = frozenset({"house", "hall", "park"})  # "Ana Paola Hall": a name may end on these
