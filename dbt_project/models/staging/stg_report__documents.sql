with

source as (
    select * from {{ source('report', 'documents') }}
),

renamed as (
    select
        -- provenance
        cast(file_id as {{ dbt.type_string() }}) as file_id,
        {{ clean_text('source_file') }} as source_file,
        cast(run_id as {{ dbt.type_string() }}) as run_id,
        cast(loaded_at as timestamp) as loaded_at,

        -- the report
        lower({{ clean_text('report_type') }}) as report_type,
        {{ clean_text('title') }} as title,
        cast(report_date as date) as report_date,
        {{ clean_text('region') }} as region_name,
        cast(text_chars as integer) as text_chars,
        cast(articles as integer) as articles,
        cast(articles_kept as integer) as articles_kept,

        -- its place, resolved once by the extractor
        {{ staged_place_parts() }}
    from source
),

final as (
    select * from renamed
)

select * from final
