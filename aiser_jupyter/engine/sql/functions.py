"""Which SQL functions generated queries may call, per dialect.

An allow-list, never a deny-list: a function is accepted only when its sqlglot
class (for functions sqlglot knows) or its lower-case name (for
``exp.Anonymous`` calls) is listed here. Everything that reads files, reaches
the network, sleeps, reads settings or the environment, or writes is simply
absent (``read_csv``, ``pg_read_file``, ``load_extension``, ``url``, …).
"""

from __future__ import annotations

from sqlglot import exp

__all__ = ["allowed_classes", "allowed_names", "callable_names"]


def _names(text: str) -> frozenset[str]:
    """Whitespace-separated names as a set (the lists below read as plain text)."""
    return frozenset(text.split())


# sqlglot classes of pure, analytic functions. Names are resolved with getattr so a
# class missing from another sqlglot version is skipped rather than crashing.
_CLASS_NAMES = """
And Or Xor Not Case If Coalesce Nullif Greatest Least Nvl2 Exists Try Cast TryCast CastToStrType
Convert Collate Typeof Columns Unnest Explode

Avg Count CountIf Max Min Sum Median Mode Quantile ApproxQuantile ApproxDistinct PercentileCont
PercentileDisc Stddev StddevPop StddevSamp Variance VariancePop Corr CovarPop CovarSamp ArgMax
ArgMin AnyValue First Last GroupConcat ArrayAgg LogicalAnd LogicalOr BitwiseAndAgg BitwiseOrAgg
BitwiseXorAgg Skewness Kurtosis RegrSlope RegrIntercept RegrR2 RegrCount RegrAvgx RegrAvgy RegrSxx
RegrSyy RegrSxy Grouping GroupingId List ApproxTopK

RowNumber Rank DenseRank PercentRank CumeDist Ntile Lag Lead FirstValue LastValue NthValue

CurrentDate CurrentTime CurrentTimestamp CurrentDatetime Localtime Localtimestamp Date Datetime Time
Timestamp DateAdd DateSub DateDiff DateTrunc DatetimeAdd DatetimeSub DatetimeDiff DatetimeTrunc
TimestampAdd TimestampSub TimestampDiff TimestampTrunc TimeAdd TimeSub TimeDiff TimeTrunc Extract
Year Quarter Month Week WeekOfYear Day DayOfMonth DayOfWeek DayOfWeekIso DayOfYear Dayname Monthname
Hour Minute Second LastDay AddMonths MonthsBetween MakeInterval DateFromParts TimestampFromParts
TimeFromParts StrToDate StrToTime StrToUnix TimeToStr TimeToUnix TimeStrToDate TimeStrToTime
TimeStrToUnix TimeToTimeStr UnixToStr UnixToTime UnixToTimeStr UnixDate UnixSeconds UnixMillis
UnixMicros DateStrToDate DateToDateStr DateToDi DiToDate TsOrDsAdd TsOrDsDiff TsOrDsToDate
TsOrDsToDateStr TsOrDsToTime TsOrDsToTimestamp TsOrDsToDatetime TsOrDiToDi DateBin ToChar ToDays
ConvertTimezone YearOfWeek YearOfWeekIso WeekStart NextDay PreviousDay DateFromUnixDate TimeSlice
ParseDatetime ParseTime JustifyDays JustifyHours JustifyInterval

Lower Upper Length Substring Trim Replace Concat ConcatWs Left Right Pad Reverse StrPosition
Initcap Split SplitPart RegexpLike RegexpILike RegexpExtract RegexpExtractAll RegexpReplace
RegexpSplit RegexpCount RegexpSubstr RegexpInstr RegexpFullMatch StartsWith EndsWith Contains Ascii
Chr Translate Levenshtein JarowinklerSimilarity Format NumberToStr ToNumber String BitLength
ByteLength Space Soundex Stuff SubstringIndex Unicode MD5 SHA SHA2 Hex LowerHex Unhex Overlay
Normalize ToBase64 FromBase64 Encode Decode DecodeCase

Abs Ceil Floor Round Sign Sqrt Cbrt Pow Exp Ln Log Pi Radians Degrees Sin Cos Tan Asin Acos Atan
Atan2 Sinh Cosh Tanh Asinh Acosh Atanh Cot Rand Randn IsNan IsInf SafeDivide Factorial WidthBucket
Nanvl Rint Trunc

Array ArrayContains ArraySize ArrayToString ArrayConcat ArrayDistinct ArrayFilter Transform ArraySort
ArraySlice ArrayPosition ArrayFirst ArrayLast ArrayAny ArrayAll ArrayReverse ArraySum ArrayIntersect
ArrayOverlaps ArrayMax ArrayMin ArrayAppend ArrayPrepend ArrayRemove Struct StructExtract Map
MapKeys MapSize VarMap ToMap ToArray Flatten Apply Reduce

JSONExtract JSONExtractScalar JSONBExtract JSONBExtractScalar ParseJSON JSONObject JSONArray
JSONArrayAgg JSONObjectAgg JSONFormat JSONType JSONKeys JSONExists JSONArrayContains JSONValueArray
"""

#: Plain function names (as ``exp.Anonymous``) accepted in every dialect.
COMMON_NAMES = _names(
    """
    abs avg ceil ceiling coalesce concat count floor greatest least length lower max min nullif
    round substr substring sum trim ltrim rtrim upper replace sign sqrt power pow exp ln log
    log10 log2 mod ifnull nvl iif if char_length character_length octet_length lpad rpad left
    right reverse instr position strpos trunc truncate degrees radians pi sin cos tan asin acos
    atan atan2 random stddev stddev_pop stddev_samp variance var_pop var_samp corr covar_pop
    covar_samp median mode string_agg group_concat listagg bool_and bool_or every count_if
    countif row_number rank dense_rank percent_rank cume_dist ntile lag lead first_value
    last_value nth_value percentile_cont percentile_disc date_part datepart extract year quarter
    month week day hour minute second dayofweek dayofyear dayofmonth weekofyear dayname
    monthname now current_date current_timestamp to_char to_date to_timestamp date_trunc
    date_add date_sub date_diff datediff cast typeof
    """
)

#: Extra plain names per sqlglot dialect.
DIALECT_NAMES: dict[str, frozenset[str]] = {
    "duckdb": _names(
        """
        strftime strptime isodow isoyear weekday yearweek epoch epoch_ms epoch_us epoch_ns
        make_date make_time make_timestamp age century decade millennium era microsecond
        millisecond nanosecond last_day time_bucket datetrunc datesub dateadd date_format printf
        format split_part string_split str_split regexp_matches regexp_replace regexp_extract
        regexp_full_match contains prefix suffix starts_with ends_with list_value list_sum
        list_avg list_min list_max list_count list_sort list_transform list_filter list_contains
        list_distinct list_unique list_concat list_extract list_element list_aggregate
        array_length len array_to_string arg_max arg_min max_by min_by argmax argmin product
        fsum favg kahan_sum sumkahan histogram entropy approx_count_distinct approx_quantile
        quantile quantile_cont quantile_disc reservoir_quantile first last any_value list
        array_agg bit_and bit_or bit_xor bit_count round_even even gamma lgamma isfinite isinf
        isnan cot signbit nullif ifnull hash md5 sha256 levenshtein damerau_levenshtein
        jaro_similarity jaro_winkler_similarity jaccard hamming mismatches editdist3 ascii chr
        unicode ord initcap concat_ws to_years to_months to_days to_hours to_minutes to_seconds
        to_weeks today current_localtimestamp get_current_timestamp transaction_timestamp
        struct_pack struct_extract row map map_keys map_values unnest generate_subscripts
        array_slice list_slice regexp_split_to_array string_to_array array_position
        list_position error_if_false
        """
    ),
    "sqlite": _names(
        """
        strftime julianday date time datetime unixepoch timediff printf format iif ifnull nullif
        instr substr total group_concat char hex unhex quote likely unlikely likelihood coalesce
        sign trunc ceil ceiling mod
        """
    ),
    "postgres": _names(
        """
        date_part date_trunc extract age justify_days justify_hours justify_interval make_date
        make_interval make_time make_timestamp to_char to_date to_timestamp to_number split_part
        strpos initcap btrim regexp_replace regexp_match regexp_matches regexp_split_to_array
        concat_ws array_agg array_length array_to_string string_to_array unnest cardinality
        bit_and bit_or every width_bucket cbrt div gcd lcm factorial trim_scale scale min_scale
        md5 ascii chr clock_timestamp statement_timestamp transaction_timestamp localtime
        localtimestamp timezone json_agg jsonb_agg json_build_object jsonb_build_object
        json_object_agg to_json to_jsonb regr_slope regr_intercept regr_r2 regr_count
        percentile_cont percentile_disc mode
        """
    ),
    "mysql": _names(
        """
        date_format str_to_date date_add date_sub adddate subdate datediff timestampdiff
        timestampadd year quarter month monthname week weekday weekofyear yearweek day dayname
        dayofmonth dayofweek dayofyear hour minute second makedate maketime from_days to_days
        last_day curdate curtime unix_timestamp from_unixtime extract concat_ws format locate
        mid field elt truncate if ifnull greatest least any_value bit_and bit_or bit_xor std
        stddev group_concat json_extract json_unquote json_object json_arrayagg json_objectagg
        time_format sec_to_time time_to_sec
        """
    ),
    # Spark SQL: the names sqlglot does not type. Absent on purpose: reflect, java_method,
    # try_reflect (call the JVM), input_file_name & co. (server paths), current_user,
    # session_user, version, spark_partition_id, raise_error, assert_true, aes_*, secret,
    # xpath* and from_xml (XML entities), read_files, range, identifier, sequence and
    # array_repeat (one call allocates any size).
    "spark": _names(
        """
        weekday date_part datepart now make_date make_timestamp_ntz make_dt_interval
        make_ym_interval to_timestamp_ntz to_timestamp_ltz try_to_timestamp timestamp_seconds
        timestamp_millis timestamp_micros btrim format_number printf try_to_number to_varchar
        tinyint smallint bigint decimal bround expm1 log1p pmod e hypot isnull isnotnull iff
        try_avg try_sum positive zeroifnull nullifzero mean std some every cardinality
        map_values arrays_overlap array_union forall zip_with map_filter map_concat
        json_array_length hash xxhash64 crc32 octet_length
        """
    ),
    "clickhouse": _names(
        """
        toyear toquarter tomonth todayofmonth todayofweek todayofyear tohour tominute tosecond
        todate todatetime tostartofyear tostartofquarter tostartofmonth tostartofweek
        tostartofday tostartofhour tomonday toyyyymm toyyyymmdd formatdatetime datediff
        date_diff datetrunc date_trunc adddays addmonths addyears subtractdays subtractmonths
        now today yesterday uniq uniqexact uniqcombined count countif sumif avgif minif maxif
        any anylast argmax argmin quantile quantiles quantileexact median grouparray
        groupuniqarray topk tostring tofloat64 toint64 touint64 toint32 tuple lower upper
        lowerutf8 upperutf8 substring substringutf8 length lengthutf8 concat replaceall
        replaceone replaceregexpall match extract positioncaseinsensitive position multiif if
        round floor ceil abs intdiv modulo sqrt exp log log10 pow power greatest least coalesce
        ifnull nullif isnull isnotnull empty notempty arrayjoin has length splitbychar
        splitbystring arraystringconcat
        """
    ),
}


def allowed_classes() -> frozenset[type]:
    """The sqlglot function classes accepted in every dialect."""
    return _CLASSES


def allowed_names(dialect: str) -> frozenset[str]:
    """Lower-case plain function names accepted in ``dialect`` (a common list for others)."""
    return COMMON_NAMES | DIALECT_NAMES.get(dialect, frozenset())


_CLASSES: frozenset[type] = frozenset(
    cls for name in _CLASS_NAMES.split() if (cls := getattr(exp, name, None)) is not None
)


def callable_names(dialect: str) -> frozenset[str]:
    """Every lower-case function name a guarded query may call in ``dialect``: the plain names
    and the names sqlglot writes for the allowed classes (a stored macro must not reuse one)."""
    written = {n.lower() for cls in _CLASSES if hasattr(cls, "sql_names") for n in cls.sql_names()}
    return allowed_names(dialect) | frozenset(written)
