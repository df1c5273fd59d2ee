"""Regenerate the shipped prepared gazetteer (``geo.prepared``) after its sources change.

Run: PYTHONPATH=. python data/gazetteer/make_prepared.py   (about 10 s; tests/geo/test_prepared.py
fails until the file for the current sources is committed).
"""
from geo.prepared import ship

if __name__ == "__main__":
    print(ship())
