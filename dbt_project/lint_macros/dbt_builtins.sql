{#
    Lint-only stand-ins for dbt's own Jinja context, loaded by sqlfluff's jinja templater
    (.sqlfluff: load_macros_from_path) so that it can render models without a dbt parse. dbt never
    reads this folder: it is not in dbt_project.yml's macro-paths. The project's own macros (macros/)
    are loaded as they are, except portable_refs.sql, whose ref()/source() wrap dbt's `builtins`;
    the ones here stand in for them. var(), env_var(), dbt.*, adapter, target and execute come from lint_context/.
#}

{#- ref('model') (or ref('package', 'model')) renders as the model's name. -#}
{% macro ref(model_name, second_name=none) -%}
    {%- set name = second_name if second_name is not none else model_name -%}
    {{ name }}
{%- endmacro %}

{#- source('report', 'facts') renders as raw.report__facts, the table the flows write. -#}
{% macro source(source_name, table_name) -%}
    raw.{{ source_name }}__{{ table_name }}
{%- endmacro %}
