{#
    Helpers for facts extracted from reports (gold/README.md vocabulary).
#}

{#- The first day of a 'YYYY-MM' month as a date; null when the text is not a valid month. -#}
{% macro month_start(column) -%}
    case
        when {{ regex_matches(column, '^[0-9]{4}-(0[1-9]|1[0-2])$') }}
            then cast({{ column }} || '-01' as date)
    end
{%- endmacro %}

{#-
    Money bases that can be turned into a yearly amount per person, and the factor that does it.
    A stationed cadre is expected in the village most days of the year; we keep it simple and
    documented rather than guess working days: a day's amount × 365, a week's × 52, a person-year's
    × 1. per_person (per head, period unknown), per_year (not per head) and total cannot be
    annualised per person.
-#}
{% macro annualisation_factors() -%}
    {{ return({'per_person_year': 1, 'per_person_day': 365, 'per_person_week': 52}) }}
{%- endmacro %}

{#- The yearly amount per person in yuan of a money statement, or null where its basis does not allow it. -#}
{% macro annualised_per_person_yuan(value, basis, unit) -%}
    case
        when {{ unit }} <> 'yuan' then null
        {%- for basis_code, factor in annualisation_factors().items() %}
        when {{ basis }} = '{{ basis_code }}' then {{ value }}{% if factor != 1 %} * {{ factor }}{% endif %}
        {%- endfor %}
    end
{%- endmacro %}

{#-
    The place parts the extractor resolved once against the gazetteer (flows/reports/place_parts.py),
    staged as they are: names per level, the adcode of the deepest division known, the level.
-#}
{% macro staged_place_parts() -%}
        {{ clean_text('place_province') }} as place_province_name,
        {{ clean_text('place_city') }} as place_city_name,
        {{ clean_text('place_county') }} as place_county_name,
        {{ clean_text('place_township') }} as place_township_name,
        {{ clean_text('place_village') }} as place_village_name,
        {{ clean_text('place_adcode') }} as place_adcode,
        lower({{ clean_text('place_level') }}) as place_level
{%- endmacro %}

{#- The place parts' columns, for models that pass them on (prefix: a relation alias and dot, or ''). -#}
{% macro place_part_columns(prefix='') -%}
    {%- for column in ['place_province_name', 'place_city_name', 'place_county_name', 'place_township_name',
                       'place_village_name', 'place_adcode', 'place_level'] %}
        {{ prefix }}{{ column }}{% if not loop.last %},{% endif %}
    {%- endfor %}
{%- endmacro %}

{#- The place parts after review: a steward's corrected place (resolved when recorded) replaces the extracted one whole. -#}
{% macro reviewed_place_parts(prefix='') -%}
    {%- for column in ['place_province_name', 'place_city_name', 'place_county_name', 'place_township_name',
                       'place_village_name', 'place_adcode', 'place_level'] %}
        case
            when {{ prefix }}corrected_place_level is not null then {{ prefix }}corrected_{{ column }}
            else {{ prefix }}{{ column }}
        end as {{ column }}{% if not loop.last %},{% endif %}
    {%- endfor %}
{%- endmacro %}

{#- The key of a set of place parts (int_report_places_matched.place_id), from a relation with the parts' columns. -#}
{% macro place_id(prefix='') -%}
    {{ surrogate_key([
        prefix ~ 'place_province_name',
        prefix ~ 'place_city_name',
        prefix ~ 'place_county_name',
        prefix ~ 'place_township_name',
        prefix ~ 'place_village_name',
        prefix ~ 'place_adcode',
        prefix ~ 'place_level',
    ]) }}
{%- endmacro %}
