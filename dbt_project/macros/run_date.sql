{#
    The day the nightly run counts as today, passed by the flow as `--vars '{"run_date": "YYYY-MM-DD"}'`
    so a replay of a night builds the same marts; the database's current date when dbt runs by hand.
#}
{% macro run_date() -%}
    {%- set given = var("run_date", none) -%}
    {%- if given -%}
        cast('{{ given }}' as date)
    {%- else -%}
        current_date
    {%- endif -%}
{%- endmacro %}
