with

source as (
    select * from {{ source('meta', 'file_manifest') }}
),

renamed as (
    select
        cast(file_id as {{ dbt.type_string() }}) as file_id,
        {{ clean_text('source_file') }} as source_file,
        lower({{ clean_text('kind') }}) as file_kind,
        cast(size_bytes as bigint) as size_bytes,
        lower({{ clean_text('status') }}) as file_status,
        cast(rows_loaded as integer) as rows_loaded,
        cast(rows_quarantined as integer) as rows_quarantined,
        {{ clean_text('error') }} as error_message,
        cast(run_id as {{ dbt.type_string() }}) as run_id,
        cast(loaded_at as timestamp) as loaded_at
    from source
),

final as (
    select * from renamed
)

select * from final
