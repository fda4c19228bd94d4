with

source as (
    select * from {{ source('report', 'people') }}
),

renamed as (
    select
        -- provenance
        cast(file_id as {{ dbt.type_string() }}) as file_id,
        {{ clean_text('source_file') }} as source_file,
        cast(person_index as integer) as person_index,
        cast(run_id as {{ dbt.type_string() }}) as run_id,
        cast(loaded_at as timestamp) as loaded_at,

        -- the stationed cadre the report names (no ID number: reports carry none)
        {{ clean_text('cadre_name') }} as cadre_name,
        lower({{ clean_text('role_code') }}) as role_code,
        {{ clean_text('county') }} as county_name,
        {{ clean_text('township') }} as township_name,
        {{ clean_text('village') }} as village_name,
        {{ clean_text('dispatch_unit') }} as dispatch_unit_name,
        {{ clean_text('start_month') }} as start_month,
        {{ month_start(clean_text('start_month')) }} as start_date,

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
