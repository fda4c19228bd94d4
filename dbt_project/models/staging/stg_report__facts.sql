with

source as (
    select * from {{ source('report', 'facts') }}
),

renamed as (
    select
        -- provenance
        cast(file_id as {{ dbt.type_string() }}) as file_id,
        {{ clean_text('source_file') }} as source_file,
        cast(fact_index as integer) as fact_index,
        cast(run_id as {{ dbt.type_string() }}) as run_id,
        cast(loaded_at as timestamp) as loaded_at,

        -- the fact (vocabulary of gold/README.md)
        lower({{ clean_text('kind') }}) as kind,
        lower({{ clean_text('metric') }}) as metric_code,
        cast(value as double precision) as value,
        lower({{ clean_text('unit') }}) as unit,
        lower({{ clean_text('basis') }}) as basis,
        lower({{ clean_text('qualifier') }}) as qualifier,
        {{ clean_text('region') }} as region_name,
        cast(year as integer) as stated_year,
        {{ clean_text('period') }} as period,
        {{ month_start(clean_text('period')) }} as period_start_date,

        -- evidence
        {{ clean_text('evidence') }} as evidence,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end,
        cast(confidence as double precision) as confidence,

        -- the place, resolved once by the extractor
        {{ staged_place_parts() }}
    from source
),

final as (
    select * from renamed
)

select * from final
