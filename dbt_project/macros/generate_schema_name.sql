{#
    Use a model's custom schema verbatim: +schema: marts lands in `marts`, not `main_marts`.
    Models without a custom schema land in the target schema.
    var('marts_schema') moves the marts elsewhere for one build: the PostgreSQL publish builds them in
    `marts__building` and swaps that schema in whole (flows/warehouse/postgres_publish.py).
#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- elif custom_schema_name | trim == 'marts' -%}
        {{ var('marts_schema', 'marts') }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
