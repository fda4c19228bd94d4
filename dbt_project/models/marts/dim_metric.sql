with

metric_catalog as (
    select * from {{ ref('metric_catalog') }}
),

metrics as (
    select
        {{ surrogate_key(['metric_catalog.metric_code']) }} as metric_key,
        metric_catalog.metric_code,
        metric_catalog.kind,
        metric_catalog.unit,
        metric_catalog.other_units,
        metric_catalog.default_basis,
        metric_catalog.name_zh as metric_name_zh,
        metric_catalog.name_en as metric_name_en
    from metric_catalog
),

unknown_member as (
    select
        {{ unknown_key() }} as metric_key,
        'unknown' as metric_code,
        'unknown' as kind,
        cast(null as {{ dbt.type_string() }}) as unit,
        cast(null as {{ dbt.type_string() }}) as other_units,
        cast(null as {{ dbt.type_string() }}) as default_basis,
        '未知' as metric_name_zh,
        'Unknown' as metric_name_en
),

final as (
    select * from metrics
    union all
    select * from unknown_member
)

select * from final
