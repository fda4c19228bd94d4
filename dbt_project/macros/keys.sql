{#
    Surrogate and unknown-member keys (no dbt_utils: the project runs offline).

    surrogate_key(['a', 'b']) = md5(cast(a as varchar) || '|' || cast(b as varchar)), each part
    coalesced to '_null_' so that a null never nulls the whole key and (null, 'x') differs from
    ('x', null). Keys are 32-character lower-case hex strings.

    Every dimension has one unknown member whose key is the literal '-1' (unknown_key()); it can
    never collide with an md5 key. dim_date is the exception: its key is the integer yyyymmdd and
    its unknown member is -1 (unknown_date_key()).
#}
{% macro surrogate_key(columns) -%}
    md5(
        {%- for column in columns %}
        coalesce(cast({{ column }} as {{ dbt.type_string() }}), '_null_'){% if not loop.last %} || '|' ||{% endif %}
        {%- endfor %}
    )
{%- endmacro %}

{% macro unknown_key() -%}
    '-1'
{%- endmacro %}

{% macro unknown_date_key() -%}
    -1
{%- endmacro %}

{#- The yyyymmdd integer key of a date column, or the unknown member when null or outside dim_date. -#}
{% macro date_key(column) -%}
    case
        when {{ column }} between cast('{{ var("dim_date_start") }}' as date) and cast('{{ var("dim_date_end") }}' as date)
            then cast(
                extract(year from {{ column }}) * 10000
                + extract(month from {{ column }}) * 100
                + extract(day from {{ column }})
                as integer
            )
        else {{ unknown_date_key() }}
    end
{%- endmacro %}
