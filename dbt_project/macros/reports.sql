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
    `text` with every given region name removed: the full names first, then their short forms (the
    name without its last character, 山西省 → 山西, 吕梁市 → 吕梁, for names of three characters or
    more). What is left of a place text once its member's ancestors are removed is what the text
    names that the member does not descend from.
-#}
{% macro remove_region_names(text, name_columns) -%}
    {%- set expression = namespace(sql=text) -%}
    {%- for name_column in name_columns -%}
        {%- set expression.sql = "replace(" ~ expression.sql ~ ", coalesce(" ~ name_column ~ ", '<none>'), '')" -%}
    {%- endfor -%}
    {%- for name_column in name_columns -%}
        {%- set short_name = region_short_name(name_column) -%}
        {%- set expression.sql = "replace(" ~ expression.sql ~ ", coalesce(" ~ short_name ~ ", '<none>'), '')" -%}
    {%- endfor -%}
    {{ expression.sql }}
{%- endmacro %}

{#- A division's name without its last character (文水县 → 文水), for names of three characters or more; else null. -#}
{% macro region_short_name(name_column) -%}
    case when length({{ name_column }}) >= 3 then left({{ name_column }}, length({{ name_column }}) - 1) end
{%- endmacro %}
