{#
    On DuckDB, refer to relations as schema.table, without the catalog. DuckDB (1.4) stores a view's
    SQL as written, and the catalog of a DuckDB file is named after the file: a view reading
    "warehouse_next"."staging"."stg_x" breaks once the file is renamed over the served one, or
    attached under another alias. Unqualified names resolve inside the view's own file.
    Other adapters keep dbt's default (database.schema.table).
#}
{% macro ref() -%}
    {%- set relation = builtins.ref(*varargs, **kwargs) -%}
    {%- if target.type == 'duckdb' and relation is not none -%}
        {%- do return(relation.include(database=false)) -%}
    {%- endif -%}
    {%- do return(relation) -%}
{%- endmacro %}

{% macro source() -%}
    {%- set relation = builtins.source(*varargs, **kwargs) -%}
    {%- if target.type == 'duckdb' and relation is not none -%}
        {%- do return(relation.include(database=false)) -%}
    {%- endif -%}
    {%- do return(relation) -%}
{%- endmacro %}
