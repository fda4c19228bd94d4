{#- Trim ASCII and full-width (U+3000) / no-break spaces at both ends; empty becomes null. -#}
{% macro clean_text(column) -%}
    nullif(regexp_replace(cast({{ column }} as {{ dbt.type_string() }}), '^[[:space:]　 ]+|[[:space:]　 ]+$', '', 'g'), '')
{%- endmacro %}

{#-
    Does a name written in a roster (`given`) denote the canonical division name? Either equal, or a
    short form of it of at least two characters: 山西 → 山西省, 吕梁 → 吕梁市, 文水 → 文水县.
-#}
{% macro region_name_matches(given, canonical) -%}
    (
        {{ given }} = {{ canonical }}
        or (length({{ given }}) >= 2 and starts_with({{ canonical }}, {{ given }}))
    )
{%- endmacro %}

{#- Does `column` contain a match of the (RE2 / POSIX-compatible) regular expression `pattern`? -#}
{% macro regex_matches(column, pattern) -%}
    {{ return(adapter.dispatch('regex_matches', 'zhucun')(column, pattern)) }}
{%- endmacro %}

{% macro default__regex_matches(column, pattern) -%}
    regexp_matches({{ column }}, '{{ pattern }}')
{%- endmacro %}

{% macro postgres__regex_matches(column, pattern) -%}
    ({{ column }} ~ '{{ pattern }}')
{%- endmacro %}
