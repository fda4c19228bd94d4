{#
    No clear ID number (身份证号: 17 digits and a digit or X) and no clear mobile number (11 digits,
    1[3-9]...) in any text column of dim_cadre, fct_assignment or the report fact tables (their evidence
    is report text), found by introspecting the built tables. A number counts only when it stands
    alone (no letter or digit on either side), so the digit runs inside md5 / HMAC hex strings never
    match, while 电话13812345678 does.
    Returns one row per offending value: model, column, the value's length and the file it came from
    (file_id, joinable to meta.file_manifest), never the value. Failures are stored (schema audit) so
    the nightly run can name the file in its summary.
#}
{{ config(store_failures=true, schema='audit') }}
{%- set id_number_pattern = '(^|[^0-9A-Za-z])[1-9][0-9]{16}[0-9Xx]([^0-9A-Za-z]|$)' -%}
{%- set mobile_pattern = '(^|[^0-9A-Za-z])1[3-9][0-9]{9}([^0-9A-Za-z]|$)' -%}
{%- set checked_models = [
    'dim_cadre', 'fct_assignment', 'dim_report', 'fct_funding', 'fct_outcome', 'fct_dispatch_summary',
] -%}

{#- (model, column) of every text column; tables are introspected only when dbt executes. -#}
{%- set text_columns = [] -%}
{%- set models_with_file_id = [] -%}
{%- for model_name in checked_models if execute -%}
{%- for column in adapter.get_columns_in_relation(ref(model_name)) -%}
{%- if column.is_string() -%}{%- do text_columns.append((model_name, column.name)) -%}{%- endif -%}
{%- if column.name == 'file_id' -%}{%- do models_with_file_id.append(model_name) -%}{%- endif -%}
{%- endfor -%}
{%- endfor %}

with

{% for model_name in checked_models -%}
{{ model_name }} as (
    select * from {{ ref(model_name) }}
),

{% endfor -%}

offending_values as (
    {%- if text_columns %}
    {%- for model_name, column_name in text_columns %}
    select
        '{{ model_name }}' as model_name,
        '{{ column_name }}' as column_name,
        length({{ model_name }}.{{ column_name }}) as value_length,
        {% if model_name in models_with_file_id -%}
        {{ model_name }}.file_id
        {%- else -%}
        cast(null as {{ dbt.type_string() }})
        {%- endif %} as file_id
    from {{ model_name }}
    where {{ regex_matches(model_name ~ '.' ~ column_name, id_number_pattern) }}
        or {{ regex_matches(model_name ~ '.' ~ column_name, mobile_pattern) }}
    {% if not loop.last %}union all{% endif %}
    {%- endfor %}
    {%- else %}
    select
        cast(null as {{ dbt.type_string() }}) as model_name,
        cast(null as {{ dbt.type_string() }}) as column_name,
        cast(null as integer) as value_length,
        cast(null as {{ dbt.type_string() }}) as file_id
    where false
    {%- endif %}
),

final as (
    select * from offending_values
)

select * from final
