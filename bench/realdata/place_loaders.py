"""Real-data benchmark datasets of places loaded from R tables that need more than
:func:`load_common.from_r` (see ``registry.py``): panels of countries and US states, their
laws, votes and elections, joined or renamed from several R objects. Tables and columns keep
the names the package gives them; :mod:`loaders` holds the other fixes and
:mod:`date_loaders` those of R time encodings."""

from __future__ import annotations

import duckdb
from load_common import load_r


def load_sowc(con: duckdb.DuckDBPyConnection) -> None:
    """UNICEF's State of the World's Children 2019 tables (openintro) with gt's country populations."""
    load_r(con, "openintro", ("sowc_demographics", "sowc_child_mortality", "sowc_maternal_newborn"))
    load_r(con, "gt", ("countrypops",))


def load_us_states(con: duckdb.DuckDBPyConnection) -> None:
    """tidyr's ACS rent and income by state with stevedata's state regions and 2016 turnout."""
    load_r(con, "tidyr", ("us_rent_income",))
    load_r(con, "stevedata", ("usa_states", "election_turnout"))


def load_country_panels(con: duckdb.DuckDBPyConnection) -> None:
    """stevedata's country-year panels (vehicle production, gun homicides, coffee imports) with Eurostat codes."""
    load_r(con, "stevedata", ("mvprod", "ghp100k", "coffee_imports", "eurostat_codes"))


def load_freedom(con: duckdb.DuckDBPyConnection) -> None:
    """openintro's Human Freedom Index and CIA Factbook with stevedata's partisan-politics panel."""
    load_r(con, "openintro", ("hfi", "cia_factbook"))
    load_r(con, "stevedata", ("PPGE",))


def load_state_laws(con: duckdb.DuckDBPyConnection) -> None:
    """AER's state-year panels of seat belt laws (1983–1997) and gun laws (1977–1999) with Ecdat's state codes.

    ``USSeatBelts.state`` is the postal code, ``Guns.state`` the full name;
    ``USstateAbbreviations`` has both (``USPS``, ``Name``).
    """
    load_r(con, "AER", ("USSeatBelts", "Guns"))
    load_r(con, "Ecdat", ("USstateAbbreviations",))


def load_us_votes(con: duckdb.DuckDBPyConnection) -> None:
    """Two US voter surveys (stevedata) with presidential votes by state (pscl) and 2016 state facts (Stat2Data)."""
    load_r(con, "stevedata", ("TV16", "anes_partytherms"))
    load_r(con, "pscl", ("presidentialElections",))
    load_r(con, "Stat2Data", ("Election16",))


def load_mixtape_states(con: duckdb.DuckDBPyConnection) -> None:
    """causaldata's two US state-year panels 1985–2000 from Cunningham's *Causal Inference: The Mixtape*.

    ``texas`` has one row per state and year (``statefip``, ``state`` name);
    ``abortion`` one row per state (``fip``, the same FIPS code), year, age
    group, race and sex, with no state name.
    """
    load_r(con, "causaldata", ("texas", "abortion"))


def load_aid_trade(con: duckdb.DuckDBPyConnection) -> None:
    """stevedata's US foreign aid and human rights panel with passenger-car export quality and banking crises.

    ``USFAHR`` and ``eq_passengercars`` share Correlates of War codes (``ccode``)
    and ``year``; ``SBCD`` names its countries only (``country``, ``year``).
    """
    load_r(con, "stevedata", ("USFAHR", "eq_passengercars", "SBCD"))


def load_cigarettes(con: duckdb.DuckDBPyConnection) -> None:
    """Ecdat's cigarette consumption panel of 48 US states 1985–1995 with carData's 1992 state facts.

    ``Cigarette.state`` is the postal code; ``States`` names its states in its
    ``rownames`` column (R's row names, postal codes, Connecticut as ``CN``), which is kept.
    """
    load_r(con, "Ecdat", ("Cigarette",))
    load_r(con, "carData", ("States",))


def load_world_indicators(con: duckdb.DuckDBPyConnection) -> None:
    """Three country tables that name their countries in ``rownames`` (R's row names, kept).

    carData's ``Leinhardt`` (income and infant mortality around 1970) and ``UN98`` (the UN's
    1998 social indicators) with R's ``LifeCycleSavings`` (savings and age structure, 1960–1970).
    """
    load_r(con, "carData", ("Leinhardt", "UN98"))
    load_r(con, "datasets", ("LifeCycleSavings",))


def load_gi_bill_states(con: duckdb.DuckDBPyConnection) -> None:
    """causaldata's GI Bill mortgages (one row per man, birth state ``bpl``) and organ donation
    rates by state and quarter, with cluster's Republican vote share by state (``rownames``)."""
    load_r(con, "causaldata", ("mortgages", "organ_donations"))
    load_r(con, "cluster", ("votes.repub",))


def load_world_env_health(con: duckdb.DuckDBPyConnection) -> None:
    """Three country tables from two packages: openintro's ``esi`` (the 2005 Environmental
    Sustainability Index) and ``infmortrate`` (infant mortality), stevedata's ``GHR04``
    (Ghobarah, Huth and Russett's public-health data), each as shipped."""
    load_r(con, "openintro", ("esi", "infmortrate"))
    load_r(con, "stevedata", ("GHR04",))


def load_us_house(con: duckdb.DuckDBPyConnection) -> None:
    """openintro's party make-up of the US House by Congress (``house``) and annual unemployment
    1890–2010 (``unempl``), with stevedata's US trade, GDP and population by year 1790–2018."""
    load_r(con, "openintro", ("house", "unempl"))
    load_r(con, "stevedata", ("usa_tradegdp",))


def load_senate_elections(con: duckdb.DuckDBPyConnection) -> None:
    """stevedata's ``CFT15`` (US Senate elections 1914–2010, the state as its ICPSR code) with
    pscl's ``state.info`` (the ICPSR code, name and year of admission of each state), each as
    shipped; a loader only because the two tables come from two packages."""
    load_r(con, "stevedata", ("CFT15",))
    load_r(con, "pscl", ("state.info",))


def load_state_crime_tobacco(con: duckdb.DuckDBPyConnection) -> None:
    """wooldridge's ``prison`` (crime, prisoners and police of the US states 1980–1993) and
    ``murder`` (murder rates and executions, 1987, 1990 and 1993) with plm's ``Cigar``
    (cigarette sales and prices of 46 states 1963–1992), each as shipped; a loader only because
    the tables come from two packages."""
    load_r(con, "wooldridge", ("prison", "murder"))
    load_r(con, "plm", ("Cigar",))


def load_alcohol_development(con: duckdb.DuckDBPyConnection) -> None:
    """dslabs' Gapminder panel with its OECD and OPEC member lists and mosaicData's alcohol per head."""
    load_r(con, "dslabs", ("gapminder", "oecd", "opec"))
    load_r(con, "mosaicData", ("Alcohol",))


def load_us_presidents(con: duckdb.DuckDBPyConnection) -> None:
    """stevedata's ``Presidents`` (the presidents' terms in office, 1789–2021) and ``recessions``
    (NBER's business-cycle peaks and troughs, 1854–2020) with openintro's ``president`` (one row
    per president and vice-president, 1789–2009) and ``midterms_house`` (the president's party's
    House seat change and the unemployment rate at each midterm, 1899–2019), each as shipped; a
    loader only because the tables come from two packages."""
    load_r(con, "stevedata", ("Presidents", "recessions"))
    load_r(con, "openintro", ("president", "midterms_house"))
