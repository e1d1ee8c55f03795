"""Country names of the whole world's panels in the tests: a dimension table lists some of them
(the first 15 are European), a fact panel holds all of them."""

from __future__ import annotations

__all__ = ["WORLD"]

#: 40 countries: 15 European ones first, then the rest of the world
WORLD = [
    "Germany",
    "France",
    "Italy",
    "Spain",
    "Poland",
    "Austria",
    "Belgium",
    "Netherlands",
    "Sweden",
    "Finland",
    "Norway",
    "Switzerland",
    "Iceland",
    "Albania",
    "Serbia",
    "Japan",
    "China",
    "India",
    "Brazil",
    "Mexico",
    "Canada",
    "Kenya",
    "Egypt",
    "Nigeria",
    "Peru",
    "Chile",
    "Vietnam",
    "Indonesia",
    "Australia",
    "Argentina",
    "Colombia",
    "Ethiopia",
    "Thailand",
    "Turkey",
    "Russia",
    "Morocco",
    "Pakistan",
    "Bangladesh",
    "Ghana",
    "Nepal",
]
